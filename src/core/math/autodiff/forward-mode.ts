import type { Counted, Graph } from "./graph";
import { forEachActiveEdge } from "./graph";
import type { Value } from "./value";

/**
 * Forward mode: the Jacobian-vector product Df(x) v in one sweep. Each input xⱼ starts with the
 * tangent vⱼ; each node's tangent is the sum over its parents of (local derivative × the parent's
 * tangent), taken in topological order; the outputs' tangents are Df(x) v (lesson, Section 8).
 */
export function jvp(graph: Graph, v: readonly number[]): Counted<number[]> {
  if (v.length !== graph.inputs.length) {
    throw new Error(`jvp: ${graph.inputs.length} inputs but a direction of length ${v.length}`);
  }
  const tangent = new Map<Value, number>();
  graph.inputs.forEach((input, j) => tangent.set(input, v[j] ?? 0));
  let multiplyAdds = 0;
  for (const node of graph.order) {
    if (node.op === "input") continue;
    let sum = 0;
    forEachActiveEdge(node, (parent, local) => {
      sum += local * (tangent.get(parent) ?? 0);
      multiplyAdds++;
    });
    tangent.set(node, sum);
  }
  return {
    value: graph.outputs.map((output) => tangent.get(output) ?? 0),
    counts: { multiplyAdds, sweeps: 1 },
  };
}
