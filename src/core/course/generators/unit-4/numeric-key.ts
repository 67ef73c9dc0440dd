import type { Expr } from "../../../math";
import type { AnswerKey, MistakeId } from "../../../grading";

/** A catalogued mistake's answer on a numeric item, as plain numbers. */
export interface NumericMistake {
  readonly mistake: MistakeId;
  readonly values: readonly number[];
}

const same = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length &&
  a.every((v, i) => Math.abs(v - (b[i] ?? NaN)) <= 1e-6 * Math.max(1, Math.abs(v)));

/**
 * The key of an item whose answer is a list of numbers: one number is an `expression` answer,
 * several a `vector`. Undefined when a mistake would give the right answer, or two mistakes the
 * same one (it could not be told which was made): the generator then redraws.
 */
export function numericKey(
  solution: readonly number[],
  mistakes: readonly NumericMistake[],
  format: (value: number) => Expr,
): AnswerKey | undefined {
  if (mistakes.some((m) => m.values.length !== solution.length)) {
    throw new Error("numericKey: a mistake's answer has another length than the solution");
  }
  const clash = mistakes.some(
    (m, i) =>
      same(m.values, solution) ||
      mistakes.some((other, j) => j < i && same(other.values, m.values)),
  );
  if (clash) return undefined;
  if (solution.length === 1) {
    return {
      kind: "expression",
      spec: { kind: "expression", variables: [] },
      solution: format(solution[0] ?? NaN),
      mistakes: mistakes.map((m) => ({ mistake: m.mistake, answer: format(m.values[0] ?? NaN) })),
    };
  }
  return {
    kind: "vector",
    spec: { kind: "vector", length: solution.length, variables: [] },
    solution: solution.map(format),
    mistakes: mistakes.map((m) => ({ mistake: m.mistake, answer: m.values.map(format) })),
  };
}
