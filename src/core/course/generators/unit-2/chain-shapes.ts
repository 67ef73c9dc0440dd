import type { Expr } from "../../../math";
import type { MistakeAnswer } from "../../../grading";
import type { Difficulty } from "../../generator";
import { probeValues } from "../unit-1/probe-jacobian";

/**
 * [n, m, p] of g: ℝⁿ → ℝᵐ and f: ℝᵐ → ℝᵖ by difficulty. Every shape lets a mistake show as an
 * answer: n = p makes the reversed product Dg·Df defined (M1), m = n lets Df be taken at x (M5).
 */
export const CHAIN_SHAPES: Readonly<
  Record<Difficulty, readonly (readonly [number, number, number])[]>
> = {
  1: [
    [2, 2, 2],
    [2, 2, 1],
  ],
  2: [
    [1, 2, 1],
    [2, 2, 2],
    [2, 3, 2],
  ],
  3: [
    [2, 2, 2],
    [3, 3, 1],
    [2, 3, 2],
    [1, 3, 1],
  ],
};

type Matrix = readonly (readonly Expr[])[];

/** True when two matrices differ in shape or, at some probe point, in some entry. */
function differ(a: Matrix, b: Matrix, variables: readonly string[]): boolean {
  if (a.length !== b.length || a[0]?.length !== b[0]?.length) return true;
  const [av, bv] = [probeValues(a, variables), probeValues(b, variables)];
  return av.some((m, k) =>
    m.some((row, i) => row.some((v, j) => Math.abs(v - (bv[k]?.[i]?.[j] ?? NaN)) > 1e-6)),
  );
}

/**
 * The mistakes that can be told from the solution and from each other, or undefined when the
 * solution is undefined at a probe or vanishes there (the caller redraws).
 */
export function distinctMistakes(
  solution: Matrix,
  candidates: readonly MistakeAnswer<"matrix">[],
  variables: readonly string[],
): MistakeAnswer<"matrix">[] | undefined {
  const values = probeValues(solution, variables).flat(2);
  if (values.some((v) => !Number.isFinite(v)) || values.every((v) => v === 0)) return undefined;
  const kept: MistakeAnswer<"matrix">[] = [];
  for (const candidate of candidates) {
    const defined = probeValues(candidate.answer, variables).flat(2).every(Number.isFinite);
    const apart = [solution, ...kept.map((k) => k.answer)].every((other) =>
      differ(candidate.answer, other, variables),
    );
    if (!defined || !apart) return undefined;
    kept.push(candidate);
  }
  return kept;
}
