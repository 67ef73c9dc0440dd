import { checkAnswerKey, gradeAnswer, toSubmission } from "../../grading";
import type { AnswerKey, AnswerKeyOf, AnswerKind } from "../../grading";
import type { Seed } from "../../shared";

/**
 * Problems with an answer key as a learner meets it (empty when fine): what `checkAnswerKey`
 * finds, the solution not graded correct when submitted, and a mistake's answer graded correct or
 * not named as that mistake. Every unit's verification test runs it on every item it draws.
 */
export function gradingProblems(key: AnswerKey, seed: Seed): string[] {
  const problems = checkAnswerKey(key, seed);
  const keyed = key as AnswerKeyOf<AnswerKind>;
  const submit = (answer: AnswerKey["solution"]) =>
    gradeAnswer(key, toSubmission(keyed.kind, answer), seed);
  const own = submit(keyed.solution);
  if (own.verdict !== "correct") problems.push(`the solution grades ${JSON.stringify(own)}`);
  for (const { mistake, answer } of keyed.mistakes) {
    const result = submit(answer);
    if (result.verdict !== "incorrect" || !result.mistakes.includes(mistake)) {
      problems.push(`mistake ${mistake}'s answer grades ${JSON.stringify(result)}`);
    }
  }
  return problems;
}
