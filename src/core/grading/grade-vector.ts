import type { Seed } from "../shared";
import type { MathValue } from "../math";
import type { AnswerSpec } from "./answer-spec";
import type { GradeResult } from "./grade-result";
import { gradeValue } from "./grade-value";
import { parseCells } from "./parse-cells";
import type { Submission } from "./submission";

/**
 * Grades a list of entry cells. The cells carry no orientation, so a solution stored as a row
 * or a column of the same entries is compared entry by entry; a different count is a shape error.
 */
export function gradeVector(
  expected: MathValue,
  spec: Extract<AnswerSpec, { kind: "vector" }>,
  submission: Extract<Submission, { kind: "vector" }>,
  seed: Seed,
): GradeResult {
  const parsed = parseCells(
    submission.cells.map((cell) => [cell]),
    spec.variables,
  );
  if (!parsed.ok) return { verdict: "invalid", errors: parsed.error };
  const answer: MathValue = { kind: "vector", entries: parsed.value.flat() };
  return gradeValue(expected, answer, { variables: spec.variables, seed, orientation: "ignore" });
}
