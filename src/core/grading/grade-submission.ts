import type { Seed } from "../shared";
import { inputError } from "../math";
import type { MathValue } from "../math";
import type { AnswerSpec } from "./answer-spec";
import { gradeExpression } from "./grade-expression";
import { gradeMatrix } from "./grade-matrix";
import type { GradeResult } from "./grade-result";
import { gradeShape } from "./grade-shape";
import { gradeVector } from "./grade-vector";
import type { Submission, SubmissionKind } from "./submission";

/** Grades one kind of submission against an item's solution. */
export type Grader<K extends SubmissionKind> = (
  expected: MathValue,
  spec: Extract<AnswerSpec, { kind: K }>,
  submission: Extract<Submission, { kind: K }>,
  seed: Seed,
) => GradeResult;

/** Every kind must have a grader: a new kind of submission fails to compile until it is graded. */
const GRADERS: { readonly [K in SubmissionKind]: Grader<K> } = {
  expression: gradeExpression,
  vector: gradeVector,
  matrix: gradeMatrix,
  shape: (expected, _spec, submission) => gradeShape(expected, submission),
};

/**
 * Grades a learner's submission against the item's solution; `seed` fixes the sample points.
 * A submission of another kind than the item asks for comes from a broken or hostile client: it
 * is unreadable input (`invalid`), not an attempt and not a crash.
 */
export function gradeSubmission(
  expected: MathValue,
  spec: AnswerSpec,
  submission: Submission,
  seed: Seed,
): GradeResult {
  return gradeAs(submission.kind, expected, spec, submission, seed);
}

function gradeAs<K extends SubmissionKind>(
  kind: K,
  expected: MathValue,
  spec: AnswerSpec,
  submission: Extract<Submission, { kind: K }>,
  seed: Seed,
): GradeResult {
  if (!hasKind(spec, kind)) {
    const error = inputError("not-allowed", 0, `this question takes a ${spec.kind} answer`);
    return { verdict: "invalid", errors: [{ error }] };
  }
  const grader: Grader<K> = GRADERS[kind];
  return grader(expected, spec, submission, seed);
}

const hasKind = <K extends SubmissionKind>(
  spec: AnswerSpec,
  kind: K,
): spec is Extract<AnswerSpec, { kind: K }> => spec.kind === kind;
