import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { checkEquivalent } from "./equivalent-value";
import { guessVariables } from "./guess-variables";
import { parseAnswer } from "./parse-answer";

/**
 * Equivalence cases from other answer checkers' test suites (STACK, KAS, math-expressions,
 * WeBWorK), read from the shared folder and never copied here (see its README for licences).
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const folder = path.resolve(projectRoot, "../shared/peer-tests");
const present = existsSync(folder);
if (!present)
  console.warn(`peer-tests: ${folder} is absent, so the peer equivalence tests are skipped`);

interface PeerCase {
  readonly case_index: string;
  readonly test?: string;
  readonly source?: string;
  readonly student_js: string | null;
  readonly teacher_js: string | null;
  readonly equivalent: boolean | null;
  readonly js_extra_functions: readonly string[];
  readonly sympy_agrees?: boolean | null;
}

/** Translated, decided, core functions only, and not a numeric-tolerance test. */
const gradable = (
  c: PeerCase,
): c is PeerCase & { student_js: string; teacher_js: string; equivalent: boolean } =>
  c.student_js !== null &&
  c.teacher_js !== null &&
  c.equivalent !== null &&
  c.js_extra_functions.length === 0 &&
  !(c.test ?? "").startsWith("Num") &&
  !(c.source ?? "").includes("toltype_digits");

function readCases(): PeerCase[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".jsonl"))
    .flatMap((name) => readFileSync(path.join(folder, name), "utf8").split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as PeerCase);
}

/** Our verdict on one case: equivalent or not, or why it could not be read. */
function ourVerdict(student: string, teacher: string): boolean | string {
  const variables = guessVariables(student, teacher);
  const context = { variables, allowMatrices: true };
  const answer = parseAnswer(student, context);
  const expected = parseAnswer(teacher, context);
  if (!answer.ok) return `student does not parse: ${answer.error.message}`;
  if (!expected.ok) return `teacher does not parse: ${expected.error.message}`;
  const outcome = checkEquivalent(expected.value, answer.value, { variables, seed: asSeed(2024) });
  // Undetermined fails closed, as the grader does: it counts as "not equivalent".
  return outcome.kind === "equivalent";
}

/** Every disagreement with a fixture, each explained in docs/equivalence.md. */
const DOCUMENTED = new Set([
  ...["KAS#11", "KAS#12", "KAS#13", "KAS#14", "KAS#15", "KAS#16", "KAS#126"],
  ...["ME#71", "AlgEquiv#6", "AlgEquiv#32", "AlgEquiv#34", "AlgEquiv#35", "AlgEquiv#38"],
  ...["AlgEquiv#40", "AlgEquiv#43", "AlgEquiv#88", "AlgEquiv#92", "AlgEquiv#96", "AlgEquiv#112"],
  ...["AlgEquiv#127", "AlgEquiv#157", "AlgEquiv#208", "AlgEquiv#210"],
]);

describe("peer equivalence test vectors", () => {
  it.skipIf(!present)("agree with the fixtures on at least 97% of the cases sympy confirms", () => {
    const cases = readCases().filter(gradable);
    const confirmed = cases.filter((c) => c.sympy_agrees === true);
    const disagreements = cases.filter(
      (c) => ourVerdict(c.student_js, c.teacher_js) !== c.equivalent,
    );
    const confirmedWrong = disagreements.filter((c) => c.sympy_agrees === true);
    console.log(
      `peer-tests: ${cases.length} cases graded, ${disagreements.length} disagree; ` +
        `${confirmedWrong.length} of the ${confirmed.length} that sympy confirms`,
    );
    expect(confirmed.length).toBeGreaterThan(400);
    expect(1 - confirmedWrong.length / confirmed.length).toBeGreaterThanOrEqual(0.97);
  });

  it.skipIf(!present)("disagree only where docs/equivalence.md explains why", () => {
    const undocumented = readCases()
      .filter(gradable)
      .filter((c) => ourVerdict(c.student_js, c.teacher_js) !== c.equivalent)
      .map((c) => `${c.case_index}: ${c.student_js} vs ${c.teacher_js}`)
      .filter((line) => !DOCUMENTED.has(line.split(":")[0] ?? ""));
    expect(undocumented).toEqual([]);
  });
});
