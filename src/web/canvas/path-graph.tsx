import type { CompiledComposition } from "./compiled-composition";
import { formatNumber } from "./format-number";
import type { Linearization } from "./linearization";
import { hasInnerEdge, hasOuterEdge, type PathSum } from "./path-sum";

const WIDTH = 420;
const HEIGHT = 220;
const COLUMNS = [50, 210, 370];

/** Where node `index` of a layer of `count` nodes sits. */
const place = (column: number, index: number, count: number): readonly [number, number] => [
  COLUMNS[column] ?? 0,
  ((index + 1) * HEIGHT) / (count + 1),
];

interface Edge {
  readonly key: string;
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly value: number;
  readonly lit: boolean;
}

/** Every edge of the layered graph x → u → y whose partial is not identically zero. */
function edgesOf(c: CompiledComposition, l: Linearization, paths: PathSum): Edge[] {
  const [n, m, p] = [l.x0.length, l.u0.length, l.y0.length];
  const lit = new Set(paths.terms.map((t) => t.via));
  const edges: Edge[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (!hasInnerEdge(c, i, j)) continue;
      const value = l.dg[i]?.[j] ?? NaN;
      const on = j === paths.input && lit.has(i);
      edges.push({ key: `x${j}u${i}`, from: place(0, j, n), to: place(1, i, m), value, lit: on });
    }
    for (let k = 0; k < p; k++) {
      if (!hasOuterEdge(c, k, i)) continue;
      const value = l.df[k]?.[i] ?? NaN;
      const on = k === paths.output && lit.has(i);
      edges.push({ key: `u${i}y${k}`, from: place(1, i, m), to: place(2, k, p), value, lit: on });
    }
  }
  return edges;
}

function Node({
  at,
  name,
  lit,
  onPick,
}: {
  readonly at: readonly [number, number];
  readonly name: string;
  readonly lit: boolean;
  readonly onPick?: () => void;
}) {
  return (
    <g className={lit ? "graph-node lit" : "graph-node"} onClick={onPick}>
      <circle cx={at[0]} cy={at[1]} r={17} />
      <text x={at[0]} y={at[1] + 5} textAnchor="middle">
        {name}
      </text>
    </g>
  );
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
  const layer = (
    count: number,
    column: number,
    letter: string,
    litAt: (k: number) => boolean,
    pick?: (k: number) => void,
  ) =>
    Array.from({ length: count }, (_, k) => (
      <Node
        key={`${letter}${k}`}
        at={place(column, k, count)}
        name={`${letter}${k + 1}`}
        lit={litAt(k)}
        onPick={pick && (() => pick(k))}
      />
    ));
  const via = new Set(paths.terms.map((t) => t.via));
  return (
    <svg
      className="path-graph"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label="Dependency graph of f∘g with the local partials on its edges"
    >
      {edgesOf(compiled, l, paths).map((e) => (
        <g key={e.key} className={e.lit ? "graph-edge lit" : "graph-edge"}>
          <line x1={e.from[0]} y1={e.from[1]} x2={e.to[0]} y2={e.to[1]} />
          <text x={(e.from[0] + e.to[0]) / 2} y={(e.from[1] + e.to[1]) / 2 - 4} textAnchor="middle">
            {formatNumber(e.value)}
          </text>
        </g>
      ))}
      {layer(l.x0.length, 0, "x", (k) => k === paths.input, onPickInput)}
      {layer(l.u0.length, 1, "u", (k) => via.has(k))}
      {layer(l.y0.length, 2, "y", (k) => k === paths.output, onPickOutput)}
    </svg>
  );
}
