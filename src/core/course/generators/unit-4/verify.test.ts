import { describe, expect, it } from "vitest";
import { asSeed, createRandom } from "../../../shared";
import {
  compileExpr,
  finiteDifferenceJacobian,
  matMul,
  matVec,
  parseTrustedExpression,
  toLatex,
  transpose,
  type Expr,
} from "../../../math";
import { arrowsApart, gradeAnswer, type AnswerKey } from "../../../grading";
import { DIFFICULTIES, type Draft, type Generator } from "../../generator";
import type { ItemData } from "../../item";
import { dataFunction, numericMap, pointOf, gradingProblems } from "../../verify";
import { UNIT_4_GENERATORS } from "./index";

/** 167 seeds at each of the three difficulties: 501 items per random generator. */
const SEEDS_PER_DIFFICULTY = 167;
const PROBES = [
  [0.7, -1.3, 0.4, 1.1],
  [1.3, 0.6, -0.8, 0.3],
];

interface Drawn {
  readonly seed: number;
  readonly draft: Draft;
}

function drawAll(generator: Generator): Drawn[] {
  return DIFFICULTIES.flatMap((difficulty) =>
    Array.from({ length: SEEDS_PER_DIFFICULTY }, (_, i) => {
      const seed = difficulty * 1000 + i;
      return { seed, draft: generator.draw(createRandom(asSeed(seed)), difficulty) };
    }),
  );
}

const numbers = (value: unknown): number[] => (value as number[] | undefined) ?? [];
const matrix = (value: unknown): number[][] => (value as number[][] | undefined) ?? [];
const dot = (a: readonly number[], b: readonly number[]) =>
  a.reduce((s, v, i) => s + v * (b[i] ?? NaN), 0);

/** y = f(g(x)) from the item's data, as plain numbers. */
function composition(data: ItemData) {
  const g = numericMap(dataFunction(data, "g"));
  const f = numericMap(dataFunction(data, "f"));
  return (x: readonly number[]) => f(g(x));
}

/** The entries of a solution with no variables, as numbers; a symbolic one evaluated at a point. */
function solutionValues(
  key: AnswerKey,
  variables: readonly string[] = [],
  at: readonly number[] = [],
): number[] {
  const value = (e: Expr) => compileExpr(e, variables)(at);
  switch (key.kind) {
    case "expression":
      return [value(key.solution)];
    case "vector":
      return key.solution.map(value);
    case "matrix":
      return key.solution.flat().map(value);
    case "arrow":
      return [...key.solution];
    default:
      throw new Error(`no numeric solution for a ${key.kind} answer`);
  }
}

/** The answer recomputed from `data` alone: finite differences of the data's functions, or matrix products. */
function independent(data: ItemData, at: readonly number[]): number[] {
  const x0 = data.point
    ? pointOf(
        data,
        dataFunction(data, data.ask.includes("jacobian") || data.ask === "gradient" ? "f" : "g")
          .variables,
      )
    : [...at];
  const delta = numbers(data.delta);
  switch (data.ask) {
    case "pushforward":
      if (data.dg) return matVec(matrix(data.df), matVec(matrix(data.dg), delta));
      return finiteDifferenceJacobian(composition(data), x0).map((row) => dot(row, delta));
    case "pairing":
      if (data.dg) return [dot(matVec(matrix(data.df), matVec(matrix(data.dg), delta)), [1])];
      return [dot(finiteDifferenceJacobian(composition(data), x0)[0] ?? [], delta)];
    case "pullback":
      if (data.dg) return matVec(transpose(matrix(data.dg)), numbers(data.gradient));
      return finiteDifferenceJacobian(composition(data), x0)[0] ?? [];
    case "gradient-of-composition":
      return finiteDifferenceJacobian(composition(data), x0)[0] ?? [];
    case "jacobian-row":
    case "gradient":
      return finiteDifferenceJacobian(numericMap(dataFunction(data, "f")), x0)[0] ?? [];
    default:
      throw new Error(`unknown ask ${data.ask}`);
  }
}

function expectClose(actual: readonly number[], expected: readonly number[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) =>
    expect(Math.abs(v - (expected[i] ?? NaN))).toBeLessThan(1e-5 * Math.max(1, Math.abs(v))),
  );
}

/** (a) The key's solution agrees with the recomputation from data, at the point or at probes. */
function checkSolution({ draft }: Drawn) {
  if (draft.key.kind === "choice") return checkChoice(draft);
  const symbolic = draft.data.point === undefined && draft.data.functions !== undefined;
  const variables = symbolic ? (draft.data.functions?.[0]?.variables ?? []) : [];
  for (const probe of symbolic ? PROBES : [[]]) {
    const at = probe.slice(0, variables.length);
    expectClose(solutionValues(draft.key, variables, at), independent(draft.data, at));
  }
  if (draft.key.kind === "matrix") {
    const rows = draft.key.solution.length;
    expect(rows === 1 ? "row" : "column").toBe(
      draft.data.ask === "jacobian-row" ? "row" : "column",
    );
  }
}

/** The chosen gradient is (Df Dg)ᵀ from the data, and the M2c option is Dg Dfᵀ. */
function checkChoice(draft: Draft) {
  if (draft.key.kind !== "choice") return;
  const candidates = matrix(draft.data.candidates);
  const index = (id: string) =>
    draft.key.kind === "choice" ? draft.key.spec.options.findIndex((o) => o.id === id) : -1;
  const df = matrix(draft.data.df);
  const dg = matrix(draft.data.dg);
  expect(candidates[index(draft.key.solution)]).toEqual(matMul(df, dg)[0]);
  const m2c = draft.key.mistakes.find((m) => m.mistake === "M2c");
  expect(candidates[index(m2c?.answer ?? "")]).toEqual(matVec(dg, df[0] ?? []));
}

/** (b) The key is sound, the solution grades correct, and each mistake is diagnosed as itself. */
function checkDiagnosis({ seed, draft }: Drawn) {
  const key = draft.key;
  expect(gradingProblems(key, asSeed(seed))).toEqual([]);
}

/** (b′) An arrow's mistakes land farther from the truth and from each other than any tolerance. */
function checkArrowApart({ draft }: Drawn) {
  const key = draft.key;
  if (key.kind !== "arrow") return;
  const arrows = [key.solution, ...key.mistakes.map((m) => m.answer)];
  arrows.forEach((a, i) =>
    arrows.slice(0, i).forEach((b) => expect(arrowsApart(a, b, key.spec.span)).toBe(true)),
  );
  expect(key.spec.axes).toHaveLength(key.solution.length);
}

const matrixLatex = (rows: readonly (readonly number[])[]) =>
  `\\begin{bmatrix} ${rows.map((r) => r.join(" & ")).join(" \\\\ ")} \\end{bmatrix}`;

/** (c) The prompt shows the data: each component's LaTeX, the point, the matrices and Δx. */
function checkPrompt({ draft }: Drawn) {
  const { prompt, data } = draft;
  for (const fn of data.functions ?? []) {
    for (const text of fn.components)
      expect(prompt).toContain(toLatex(parseTrustedExpression(text, fn.variables)));
  }
  if (data.point) expect(prompt).toContain(`(${Object.values(data.point).join(",\\,")})`);
  if (data.delta) expect(prompt).toContain(`(${numbers(data.delta).join(",\\,")})`);
  for (const field of [data.dg, data.df])
    if (field) expect(prompt).toContain(matrixLatex(matrix(field)));
  if (data.gradient)
    expect(prompt).toContain(
      numbers(data.gradient).length === 1
        ? String(numbers(data.gradient)[0])
        : matrixLatex(numbers(data.gradient).map((v) => [v])),
    );
  for (const [i, candidate] of matrix(data.candidates).entries()) {
    const option = draft.key.kind === "choice" ? draft.key.spec.options[i] : undefined;
    expect(option?.label).toContain(`(${candidate.join(",\\,")})`);
  }
}

const random = Object.entries(UNIT_4_GENERATORS).flatMap(([skill, list]) =>
  list.filter((g) => !g.fixed).map((generator) => [skill, generator] as const),
);

describe.each(random)("%s generator %o", (_skill, generator) => {
  const items = drawAll(generator);
  it("draws the same item again from the same seed and difficulty", () => {
    const again = generator.draw(createRandom(asSeed(1000)), 1);
    expect(again).toEqual(items[0]?.draft);
  });
  it("stores a solution that agrees with an independent computation from its data", () =>
    items.forEach(checkSolution));
  it("grades its solution correct and diagnoses each mistake's answer as that mistake", () =>
    items.forEach(checkDiagnosis));
  it("keeps an arrow's mistakes out of reach of the truth's tolerance", () =>
    items.forEach(checkArrowApart));
  it("writes a prompt that shows the functions, point and numbers of its data", () =>
    items.forEach(checkPrompt));
  it("gives two or three hints and worked steps", () =>
    items.forEach(({ draft }) => {
      expect(draft.hints.length).toBeGreaterThanOrEqual(2);
      expect(draft.hints.length).toBeLessThanOrEqual(3);
      expect(draft.steps.length).toBeGreaterThanOrEqual(2);
    }));
});

const fixed = Object.entries(UNIT_4_GENERATORS).flatMap(([skill, list]) =>
  list.filter((g) => g.fixed).map((generator) => [skill, generator] as const),
);

/** The lesson's own answers, typed as a learner would (Section 10, Example 2; Section 13). */
const LESSON_ANSWERS: Readonly<Record<string, Record<string, Parameters<typeof gradeAnswer>[1]>>> =
  {
    S7: { "worked-example-2": { kind: "expression", text: "0.02" } },
    S8: {
      "worked-example-2": { kind: "vector", cells: ["4", "-1"] },
      "exercise-1": { kind: "matrix", cells: [["4x1 + x2"], ["x1 + 4x2"]] },
      "exercise-3": { kind: "matrix", cells: [["2x1 sin(x2)"], ["x1^2 cos(x2)"]] },
    },
    S12: { "worked-example-2": { kind: "expression", text: "0.02" } },
  };

describe.each(fixed)("%s fixed item %o", (skill, generator) => {
  const items = DIFFICULTIES.flatMap((difficulty) =>
    Array.from({ length: SEEDS_PER_DIFFICULTY }, (_, i) => ({
      seed: i,
      draft: generator.draw(createRandom(asSeed(i)), difficulty),
    })),
  );
  const first = items[0] as Drawn;
  it("is the same item whatever the seed and difficulty", () =>
    items.forEach(({ draft }) => expect(draft).toEqual(first.draft)));
  it("accepts the lesson's answer as typed by a learner", () => {
    const answer = LESSON_ANSWERS[skill]?.[generator.id];
    if (!answer) throw new Error(`no lesson answer for ${skill} ${generator.id}`);
    expect(gradeAnswer(first.draft.key, answer, asSeed(7)).verdict).toBe("correct");
  });
  it("stores a solution that agrees with an independent computation from its data", () =>
    checkSolution(first));
  it("grades its solution correct and diagnoses each mistake's answer as that mistake", () =>
    checkDiagnosis(first));
});
