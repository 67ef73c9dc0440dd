import { assertNever } from "../../shared";
import { transpose } from "../matrix";
import { jvp } from "./forward-mode";
import type { Counted, Graph, SweepCounts } from "./graph";
import { vjp } from "./reverse-mode";

/** Forward mode builds a Jacobian column by column, reverse mode row by row. */
export type AutodiffMode = "forward" | "reverse";

/** The unit vector eₖ of length `length`. */
const unit = (length: number, k: number): number[] =>
  Array.from({ length }, (_, i) => (i === k ? 1 : 0));

/**
 * The full m×n Jacobian of a graph by either mode, with what it cost: forward mode takes n JVPs
 * (one per input direction eⱼ, each a column), reverse mode m VJPs (one per output eᵢ, each a
 * row). Each sweep costs the same, so few inputs favour forward and few outputs reverse (S13).
 */
export function autodiffJacobian(graph: Graph, mode: AutodiffMode): Counted<number[][]> {
  const n = graph.inputs.length;
  const m = graph.outputs.length;
  switch (mode) {
    case "forward": {
      const columns = Array.from({ length: n }, (_, j) => jvp(graph, unit(n, j)));
      const matrix = n === 0 ? graph.outputs.map(() => []) : transpose(columns.map((c) => c.value));
      return { value: matrix, counts: total(columns) };
    }
    case "reverse": {
      const rows = Array.from({ length: m }, (_, i) => vjp(graph, unit(m, i)));
      return { value: rows.map((r) => r.value), counts: total(rows) };
    }
    default:
      return assertNever(mode);
  }
}

function total(parts: readonly Counted<unknown>[]): SweepCounts {
  return {
    multiplyAdds: parts.reduce((sum, p) => sum + p.counts.multiplyAdds, 0),
    sweeps: parts.reduce((sum, p) => sum + p.counts.sweeps, 0),
  };
}
