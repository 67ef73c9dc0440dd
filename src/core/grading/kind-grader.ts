import type { Result, Seed } from "../shared";
import type { AnswerKind, AnswerKinds, SolutionOf, SpecOf, SubmissionOf } from "./answer-kinds";
import type { Comparison } from "./comparison";
import type { CellInputError } from "./grade-result";

/** Everything grading needs to know about one kind of answer. */
export interface KindGrader<K extends AnswerKind> {
  /** Reads an untrusted submission into an answer, or says (for the learner) what is wrong with it. */
  read(spec: SpecOf<K>, submission: SubmissionOf<K>): Result<SolutionOf<K>, CellInputError[]>;
  /** Compares a read answer with an expected one (the solution or a mistake's answer). */
  compare(expected: SolutionOf<K>, actual: SolutionOf<K>, spec: SpecOf<K>, seed: Seed): Comparison;
  /** What a learner would send to give this answer; `read` reads it back as the same answer. */
  submit(answer: SolutionOf<K>): AnswerKinds[K]["submission"];
}
