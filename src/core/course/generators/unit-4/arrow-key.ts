import { arrowLength, arrowsApart, arrowStep, type AnswerKeyOf } from "../../../grading";
import { niceSpan, type Expr } from "../../../math";
import type { SolutionStep } from "../../item";
import { columnLatex } from "./latex";
import type { NumericMistake } from "./numeric-key";

/**
 * The key of an item answered by dragging an arrow: the box holds the solution and every
 * mistake's arrow. Undefined, so the generator redraws, when the solution is shorter than one
 * keyboard step of the box (hard to see, and near the untouched arrow) or when two of the arrows
 * are close enough that one tip could be taken for both.
 */
export function arrowKey(
  name: string,
  axes: readonly string[],
  solution: readonly number[],
  mistakes: readonly NumericMistake[],
): AnswerKeyOf<"arrow"> | undefined {
  const arrows = [solution, ...mistakes.map((m) => m.values)];
  // The box holds every arrow, so the keyboard steps are round numbers in it.
  const span = niceSpan(Math.max(...arrows.flat().map(Math.abs)));
  if (arrowLength(solution) < arrowStep(span, false)) return undefined;
  const crowded = arrows.some((a, i) => arrows.some((b, j) => j < i && !arrowsApart(a, b, span)));
  if (crowded) return undefined;
  return {
    kind: "arrow",
    spec: { kind: "arrow", name, axes, span },
    solution,
    mistakes: mistakes.map((m) => ({ mistake: m.mistake, answer: m.values })),
  };
}

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

/** Axis labels in plain text: `prefix` with the subscripts 1…dimension, e.g. Δy₁, Δy₂. */
export const axisLabels = (prefix: string, dimension: number): string[] =>
  Array.from({ length: dimension }, (_, i) => `${prefix}${SUBSCRIPTS[i + 1] ?? ""}`);

/** The last worked step of an arrow item: where its tip goes, e.g. Δy = (…) as a column. */
export const placeStep = (
  latexName: string,
  values: readonly number[],
  format?: (value: number) => Expr,
): SolutionStep => ({
  text: "Place the tip of the arrow at these coordinates.",
  latex: `${latexName} = ${columnLatex(values, format)}`,
});
