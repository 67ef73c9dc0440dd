import type { CompiledComposition } from "./compiled-composition";
import { formatNumber } from "./format-number";
import { LayeredGraph, type LayeredEdge, type LayeredNode } from "./layered-graph";
import type { Linearization } from "./linearization";
import { hasInnerEdge, hasOuterEdge, type PathSum } from "./path-sum";

/** Every edge of the layered graph x → u → y whose partial is not identically zero. */
function edgesOf(c: CompiledComposition, l: Linearization, paths: PathSum): LayeredEdge[] {
  const [n, m, p] = [l.x0.length, l.u0.length, l.y0.length];
  const lit = new Set(paths.terms.map((t) => t.via));
  const edges: LayeredEdge[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (!hasInnerEdge(c, i, j)) continue;
      const label = formatNumber(l.dg[i]?.[j] ?? NaN);
      const on = j === paths.input && lit.has(i);
      edges.push({ key: `x${j}u${i}`, from: `x${j}`, to: `u${i}`, label, lit: on });
    }
    for (let k = 0; k < p; k++) {
      if (!hasOuterEdge(c, k, i)) continue;
      const label = formatNumber(l.df[k]?.[i] ?? NaN);
      const on = k === paths.output && lit.has(i);
      edges.push({ key: `u${i}y${k}`, from: `u${i}`, to: `y${k}`, label, lit: on });
    }
  }
  return edges;
}

/** One layer's nodes, named x1, x2, … (or u…, y…), lit where `litAt` says. */
function layer(
  count: number,
  column: number,
  letter: string,
  litAt: (k: number) => boolean,
  pick?: (k: number) => void,
): LayeredNode[] {
  return Array.from({ length: count }, (_, k) => ({
    key: `${letter}${k}`,
    name: `${letter}${k + 1}`,
    layer: column,
    index: k,
    count,
    lit: litAt(k),
    ...(pick && { onPick: () => pick(k) }),
  }));
}

/**
 * The dependency graph of f∘g with the local partial on each edge; the edges on the paths from
 * the picked input to the picked output are lit. Clicking an end node picks it.
 */
export function PathGraph({
  compiled,
  l,
  paths,
  onPickInput,
  onPickOutput,
}: {
  readonly compiled: CompiledComposition;
  readonly l: Linearization;
  readonly paths: PathSum;
  readonly onPickInput: (index: number) => void;
  readonly onPickOutput: (index: number) => void;
}) {
  const via = new Set(paths.terms.map((t) => t.via));
  const nodes = [
    ...layer(l.x0.length, 0, "x", (k) => k === paths.input, onPickInput),
    ...layer(l.u0.length, 1, "u", (k) => via.has(k)),
    ...layer(l.y0.length, 2, "y", (k) => k === paths.output, onPickOutput),
  ];
  return (
    <LayeredGraph
      nodes={nodes}
      edges={edgesOf(compiled, l, paths)}
      label="Dependency graph of f∘g with the local partials on its edges"
    />
  );
}
