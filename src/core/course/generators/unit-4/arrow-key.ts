import { arrowLength, arrowsApart, arrowStep, type AnswerKeyOf } from "../../../grading";
import type { Expr } from "../../../math";
import type { SolutionStep } from "../../item";
import { columnLatex } from "./latex";
import type { NumericMistake } from "./numeric-key";

/**
 * A round box width (1, 2 or 5 times a power of ten) that holds every arrow with a margin, so
 * the keyboard's steps (a twentieth and a two-hundredth of it) are round numbers too.
 */
function arrowSpan(arrows: readonly (readonly number[])[]): number {
  const reach = Math.max(...arrows.flat().map(Math.abs));
  const target = reach * 2.4;
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 5, 10].find((s) => s * power >= target) ?? 10;
  return step * power;
}

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
  const span = arrowSpan(arrows);
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
