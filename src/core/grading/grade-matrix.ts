import type { Seed } from "../shared";
import { inputError } from "../math";
import type { MathValue } from "../math";
import type { AnswerSpec } from "./answer-spec";
import type { GradeResult } from "./grade-result";
import { gradeValue } from "./grade-value";
import { parseCells } from "./parse-cells";
import type { Submission } from "./submission";

/**
 * Grades a grid of cells. The grid's own size is the learner's shape, so choosing the wrong
 * shape is reported as such (with both shapes), and orientation counts: a row is not a column.
 */
export function gradeMatrix(
  expected: MathValue,
  spec: Extract<AnswerSpec, { kind: "matrix" }>,
  submission: Extract<Submission, { kind: "matrix" }>,
  seed: Seed,
): GradeResult {
  const width = submission.cells[0]?.length ?? 0;
  const ragged = submission.cells.findIndex((row) => row.length !== width);
  if (ragged >= 0) {
    const error = inputError("ragged-matrix", 0, `row ${ragged + 1} has a different length`);
    return { verdict: "invalid", errors: [{ cell: [ragged, 0], error }] };
  }
  const parsed = parseCells(submission.cells, spec.variables);
  if (!parsed.ok) return { verdict: "invalid", errors: parsed.error };
  const answer: MathValue = { kind: "matrix", rows: parsed.value };
  return gradeValue(expected, answer, { variables: spec.variables, seed });
}
