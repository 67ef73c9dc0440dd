import type { AnswerKind, SolutionOf, Submission } from "./answer-kinds";
import { KIND_GRADERS } from "./kind-graders";

/**
 * What a learner would send to give this answer (cells in the input syntax), for tests. The
 * result is `SubmissionOf<K>` for one kind, and still a `Submission` when `kind` is a union
 * (as `key.kind` of an `AnswerKey` is).
 */
export function toSubmission<K extends AnswerKind>(
  kind: K,
  answer: SolutionOf<K>,
): Extract<Submission, { readonly kind: K }> {
  const grader = KIND_GRADERS[kind];
  // The registry's entry for K builds K's submission body; TS cannot see that it makes an Extract.
  return { kind, ...grader.submit(answer) } as Extract<Submission, { readonly kind: K }>;
}
