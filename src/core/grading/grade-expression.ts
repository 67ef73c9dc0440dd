import type { Seed } from "../shared";
import { parseExpression } from "../math";
import type { MathValue } from "../math";
import type { AnswerSpec } from "./answer-spec";
import type { GradeResult } from "./grade-result";
import { gradeValue } from "./grade-value";
import type { Submission } from "./submission";

/** Grades a single typed expression against the solution. */
export function gradeExpression(
  expected: MathValue,
  spec: Extract<AnswerSpec, { kind: "expression" }>,
  submission: Extract<Submission, { kind: "expression" }>,
  seed: Seed,
): GradeResult {
  const parsed = parseExpression(submission.text, { variables: spec.variables });
  if (!parsed.ok) return { verdict: "invalid", errors: [{ error: parsed.error }] };
  const answer: MathValue = { kind: "scalar", expr: parsed.value };
  return gradeValue(expected, answer, { variables: spec.variables, seed });
}
