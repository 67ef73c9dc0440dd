import { roundUpNice } from "../../core/math";

/** An arrow as drawn: its vector divided by `divisor` (1 when it fits as it is). */
export interface FittedArrow {
  readonly vector: readonly number[];
  readonly divisor: number;
}

/**
 * The vector shrunk by a round divisor (2, 5, 10, 20, …) until it is at most `reach` long, for a
 * box whose scale stays fixed while the learner drags in it: the input box keeps its span so the
 * handles do not jump, and a gradient pulled back into it can be far longer than Δx. The label
 * says the divisor, and the readouts keep the true numbers.
 */
export function fitArrow(vector: readonly number[], reach: number): FittedArrow {
  const length = Math.hypot(...vector);
  if (!Number.isFinite(length) || length <= reach) return { vector, divisor: 1 };
  const divisor = roundUpNice(length / reach);
  return { vector: vector.map((v) => v / divisor), divisor };
}
