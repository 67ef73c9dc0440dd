import type { Seed } from "../shared";
import type { AnswerKey, AnswerKeyOf, AnswerKind, SolutionOf, SpecOf } from "./answer-kinds";
import { KIND_GRADERS } from "./kind-graders";

/**
 * Problems with an answer key, as sentences for a generator's tests (empty when it is fine): an
 * answer a learner cannot enter, or that does not read back as itself; a mistake's answer that
 * grades as correct or cannot be told apart from the solution; two mistakes with equal answers
 * (allowed, since the feedback then names both, but listed so generators can decide).
 */
export function checkAnswerKey(key: AnswerKey, seed: Seed): string[] {
  return checkKeyOf(key as AnswerKeyOf<AnswerKind>, seed);
}

function checkKeyOf<K extends AnswerKind>(key: AnswerKeyOf<K>, seed: Seed): string[] {
  const grader = KIND_GRADERS[key.kind];
  const problems = enterProblems(key, key.solution, "the solution", seed);
  key.mistakes.forEach((m, i) => {
    const name = `mistake ${m.mistake}'s answer`;
    problems.push(...enterProblems(key, m.answer, name, seed));
    const outcome = grader.compare(key.solution, m.answer, key.spec, seed).kind;
    if (outcome === "same") problems.push(`${name} grades as correct`);
    if (outcome === "undetermined") problems.push(`${name} cannot be told apart from the solution`);
    for (const other of key.mistakes.slice(i + 1)) {
      if (grader.compare(m.answer, other.answer, key.spec, seed).kind === "same") {
        problems.push(`mistakes ${m.mistake} and ${other.mistake} give the same answer`);
      }
    }
  });
  return problems;
}

/** Whether a learner can give this answer: it reads back as itself, in a shape the input offers. */
function enterProblems<K extends AnswerKind>(
  key: AnswerKeyOf<K>,
  answer: AnswerKeyOf<K>["solution"],
  name: string,
  seed: Seed,
): string[] {
  const grader = KIND_GRADERS[key.kind];
  const read = grader.read(key.spec, { kind: key.kind, ...grader.submit(answer) });
  if (!read.ok) {
    return [`${name} cannot be entered: ${read.error.map((e) => e.error.message).join("; ")}`];
  }
  const back = grader.compare(answer, read.value, key.spec, seed);
  if (back.kind !== "same") return [`${name} does not read back as itself (${back.kind})`];
  const shape = offeredShapeProblem({ kind: key.kind, spec: key.spec, answer } as KeyedAnswer);
  return shape === undefined ? [] : [`${name} ${shape}`];
}

/** An answer with its kind and spec, so a switch narrows all three together. */
type KeyedAnswer = {
  [K in AnswerKind]: { readonly kind: K; readonly spec: SpecOf<K>; readonly answer: SolutionOf<K> };
}[AnswerKind];

/** Why a grid answer cannot be entered when the input offers one shape only (else undefined). */
function offeredShapeProblem(keyed: KeyedAnswer): string | undefined {
  if (keyed.kind === "vector" && keyed.answer.length !== keyed.spec.length) {
    return `has ${keyed.answer.length} entries where the input offers ${keyed.spec.length}`;
  }
  if (keyed.kind === "matrix" && !keyed.spec.chooseShape) {
    const rows = keyed.answer.length;
    const cols = keyed.answer[0]?.length ?? 0;
    if (rows !== keyed.spec.rows || cols !== keyed.spec.cols) {
      return `is ${rows}×${cols} where the input offers ${keyed.spec.rows}×${keyed.spec.cols}`;
    }
  }
  return undefined;
}
