import type { Counted, Graph } from "./graph";
import { forEachActiveEdge } from "./graph";
import type { Value } from "./value";

/**
 * Reverse mode: the vector-Jacobian product wᵀ Df(x) in one backward sweep (backprop). Each output
 * yᵢ starts with the adjoint wᵢ; walking the topological order backwards, each node adds (local
 * derivative × its adjoint) into each parent's adjoint, so a node used twice sums both paths. The
 * inputs' adjoints are wᵀ Df(x), i.e. Df(x)ᵀ w, the pullback of w (lesson, Section 8).
 */
export function vjp(graph: Graph, w: readonly number[]): Counted<number[]> {
  if (w.length !== graph.outputs.length) {
    throw new Error(`vjp: ${graph.outputs.length} outputs but a covector of length ${w.length}`);
  }
  const adjoint = new Map<Value, number>();
  const addTo = (node: Value, amount: number): void => {
    adjoint.set(node, (adjoint.get(node) ?? 0) + amount);
  };
  graph.outputs.forEach((output, i) => addTo(output, w[i] ?? 0));
  let multiplyAdds = 0;
  for (let k = graph.order.length - 1; k >= 0; k--) {
    const node = graph.order[k] as Value;
    const nodeAdjoint = adjoint.get(node) ?? 0;
    forEachActiveEdge(node, (parent, local) => {
      addTo(parent, local * nodeAdjoint);
      multiplyAdds++;
    });
  }
  return {
    value: graph.inputs.map((input) => adjoint.get(input) ?? 0),
    counts: { multiplyAdds, sweeps: 1 },
  };
}
