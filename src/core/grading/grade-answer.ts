import { assertNever } from "../shared";
import type { Seed } from "../shared";
import { inputError } from "../math";
import type { AnswerKey, AnswerKeyOf, AnswerKind, Submission, SubmissionOf } from "./answer-kinds";
import type { Comparison } from "./comparison";
import type { GradeResult } from "./grade-result";
import { KIND_GRADERS } from "./kind-graders";
import type { MistakeId } from "./mistakes";

/**
 * Grades a submission against an item's answer key; `seed` (the item's) fixes the sample points.
 * A wrong answer is compared with every catalogued mistake's answer, and all that match are
 * named. A submission of another kind than the item asks comes from a broken or hostile client:
 * it is unreadable input (`invalid`), not an attempt and not a crash.
 */
export function gradeAnswer(key: AnswerKey, submission: Submission, seed: Seed): GradeResult {
  return gradeAs(key as AnswerKeyOf<AnswerKind>, submission, seed);
}

function gradeAs<K extends AnswerKind>(
  key: AnswerKeyOf<K>,
  submission: Submission,
  seed: Seed,
): GradeResult {
  if (!hasKind(submission, key.kind)) {
    const error = inputError("not-allowed", 0, `this question takes a ${key.kind} answer`);
    return { verdict: "invalid", errors: [{ error }] };
  }
  const grader = KIND_GRADERS[key.kind];
  const read = grader.read(key.spec, submission);
  if (!read.ok) return { verdict: "invalid", errors: read.error };
  const comparison = grader.compare(key.solution, read.value, key.spec, seed);
  if (comparison.kind === "same") return { verdict: "correct" };
  const mistakes = key.mistakes
    .filter((m) => grader.compare(m.answer, read.value, key.spec, seed).kind === "same")
    .map((m) => m.mistake);
  return incorrect(comparison, mistakes);
}

function incorrect(
  comparison: Exclude<Comparison, { kind: "same" }>,
  mistakes: readonly MistakeId[],
): GradeResult {
  switch (comparison.kind) {
    case "shape":
      return {
        verdict: "incorrect",
        reason: "shape",
        expectedShape: comparison.expected,
        actualShape: comparison.actual,
        mistakes,
      };
    case "different":
      return {
        verdict: "incorrect",
        reason: "value",
        wrongCells: comparison.wrongCells,
        missingPaths: comparison.missingPaths,
        extraPaths: comparison.extraPaths,
        mistakes,
      };
    case "undetermined":
      return {
        verdict: "incorrect",
        reason: "undetermined",
        wrongCells: comparison.wrongCells,
        mistakes,
      };
    default:
      return assertNever(comparison);
  }
}

const hasKind = <K extends AnswerKind>(
  submission: Submission,
  kind: K,
): submission is Extract<Submission, SubmissionOf<K>> => submission.kind === kind;
