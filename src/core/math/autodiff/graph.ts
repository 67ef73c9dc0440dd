import type { Value } from "./value";

/** A map's computation graph: its inputs, its outputs, and every node between in sweep order. */
export interface Graph {
  readonly inputs: readonly Value[];
  readonly outputs: readonly Value[];
  /** Topological order: each node after all its parents; only nodes upstream of an output. */
  readonly order: readonly Value[];
}

/** Operation counts of a derivative computation, so the course can show what each mode costs. */
export interface SweepCounts {
  /** One per edge followed: a local derivative times a tangent or adjoint, added in. */
  readonly multiplyAdds: number;
  /** Forward or backward passes over the whole graph. */
  readonly sweeps: number;
}

/** A result together with what it cost. */
export interface Counted<T> {
  readonly value: T;
  readonly counts: SweepCounts;
}

/** The graph that computes `outputs` from `inputs`, with its nodes in topological order. */
export function graphOf(inputs: readonly Value[], outputs: readonly Value[]): Graph {
  const order: Value[] = [];
  const seen = new Set<Value>();
  // Depth-first post-order: a node is listed once all its parents are, as in micrograd's backward().
  const visit = (node: Value): void => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const parent of node.parents) visit(parent);
    order.push(node);
  };
  for (const output of outputs) visit(output);
  return { inputs, outputs, order };
}

/**
 * Calls `follow` for each edge into `node` that carries a derivative: edges from constants are
 * skipped, since their tangent and adjoint are of no use. Both sweeps go through here, so they
 * follow (and count) the same edges.
 */
export function forEachActiveEdge(
  node: Value,
  follow: (parent: Value, localDerivative: number) => void,
): void {
  if (node.isConstant) return;
  node.parents.forEach((parent, k) => {
    const local = node.localDerivatives[k];
    if (local === undefined) throw new Error(`Value "${node.label}" lacks a local derivative`);
    if (!parent.isConstant) follow(parent, local);
  });
}
