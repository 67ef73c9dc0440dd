import type { MistakeId } from "../../../grading";
import { evaluateExpr, type Expr } from "../../../math";

/** A numeric answer of any unit-5 kind: a number, a vector or a matrix of constant expressions. */
export type NumericAnswer = Expr | readonly Expr[] | readonly (readonly Expr[])[];

const valueOf = (e: Expr): number => {
  const value = evaluateExpr(e, {});
  if (!Number.isFinite(value)) throw new Error("an answer of a unit-5 item is not a finite number");
  return value;
};

const valuesOf = (answer: NumericAnswer): { shape: string; values: number[] } => {
  if (!Array.isArray(answer)) return { shape: "scalar", values: [valueOf(answer as Expr)] };
  const rows = answer as readonly (Expr | readonly Expr[])[];
  if (rows.every((row) => Array.isArray(row))) {
    const matrix = rows as readonly (readonly Expr[])[];
    return {
      shape: `${matrix.length}x${matrix[0]?.length ?? 0}`,
      values: matrix.flat().map(valueOf),
    };
  }
  return { shape: `vector ${rows.length}`, values: (rows as readonly Expr[]).map(valueOf) };
};

const differ = (a: NumericAnswer, b: NumericAnswer): boolean => {
  const u = valuesOf(a);
  const v = valuesOf(b);
  return u.shape !== v.shape || u.values.some((x, i) => Math.abs(x - (v.values[i] ?? NaN)) > 1e-9);
};

/**
 * True when no two answers are the same: an item redraws until its solution and every mistake's
 * answer differ, so that a mistake never grades as correct and each is told apart.
 */
export function allDifferent(answers: readonly NumericAnswer[]): boolean {
  return answers.every((a, i) => answers.slice(i + 1).every((b) => differ(a, b)));
}

/** True when some entry of the answer is not zero (an all-zero answer is a degenerate item). */
export function notAllZero(answer: NumericAnswer): boolean {
  return valuesOf(answer).values.some((x) => Math.abs(x) > 1e-12);
}

/** An item's solution with the answers of its mistakes, of one numeric kind. */
export interface Answers<A extends NumericAnswer> {
  readonly solution: A;
  readonly mistakes: readonly { readonly mistake: MistakeId; readonly answer: A }[];
}

/** Usable: the solution is not all zero, and it and every mistake's answer are all different. */
export function isUsable<A extends NumericAnswer>(answers: Answers<A>): boolean {
  return (
    notAllZero(answers.solution) &&
    allDifferent([answers.solution, ...answers.mistakes.map((m) => m.answer)])
  );
}
