import type { AnswerKey, MistakeAnswer } from "../../../grading";
import type { Expr } from "../../../math";

/** The key of a numeric column-vector answer. */
export function vectorKey(
  solution: readonly Expr[],
  mistakes: readonly MistakeAnswer<"vector">[],
): AnswerKey {
  return {
    kind: "vector",
    spec: { kind: "vector", length: solution.length, variables: [] },
    solution,
    mistakes,
  };
}

/** The key of a numeric matrix answer whose shape the learner chooses (unit 5 is about shapes). */
export function matrixKey(
  solution: readonly (readonly Expr[])[],
  mistakes: readonly MistakeAnswer<"matrix">[],
): AnswerKey {
  const spec = {
    kind: "matrix",
    rows: solution.length,
    cols: solution[0]?.length ?? 0,
    variables: [],
    chooseShape: true,
  } as const;
  return { kind: "matrix", spec, solution, mistakes };
}

/** The key of a numeric answer (a count or a value), with the mistakes that apply. */
export function numberKey(
  solution: Expr,
  mistakes: readonly MistakeAnswer<"expression">[] = [],
): AnswerKey {
  return { kind: "expression", spec: { kind: "expression", variables: [] }, solution, mistakes };
}
