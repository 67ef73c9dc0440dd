import { describe, expect, it } from "vitest";
import { asSeed, createRandom } from "../../../shared";
import {
  compileExpr,
  finiteDifferenceJacobian,
  parseTrustedExpression,
  toLatex,
} from "../../../math";
import { gradeAnswer } from "../../../grading";
import { DIFFICULTIES, type Draft, type Generator } from "../../generator";
import type { ItemData } from "../../item";
import { dataFunction, jacobianByDifferences, numericMap, gradingProblems } from "../../verify";
import { UNIT_3_GENERATORS } from "./index";
import { workedExample3 } from "./worked-example-3";

/** 167 seeds at each of the three difficulties: 501 items per random generator. */
const SEEDS_PER_DIFFICULTY = 167;
/** Points where the symbolic answers are checked (the sample box of the grader, away from 0). */
const PROBES = [
  [0.7, -1.3, 0.4, 1.1],
  [1.3, 0.6, -0.8, 0.3],
  [-0.9, 0.8, 1.6, -0.5],
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

/** The asked partial ∂y_out/∂x_in of the data's composition at x, by central differences. */
function partialByDifferences(data: ItemData, x: readonly number[]): number {
  const g = dataFunction(data, "g");
  const f = numericMap(dataFunction(data, "f"));
  const compose = (point: readonly number[]) => f(numericMap(g)(point));
  const input = g.variables.indexOf(String(data.input));
  return finiteDifferenceJacobian(compose, x)[Number(data.output) - 1]?.[input] ?? NaN;
}

/** The live paths read off the data by differences: an edge wherever a partial is not 0 somewhere. */
function livePathsByDifferences(data: ItemData): string[] {
  const g = dataFunction(data, "g");
  const f = dataFunction(data, "f");
  const uses = (fn: typeof g, i: number, j: number) =>
    PROBES.some(
      (p) =>
        Math.abs(jacobianByDifferences(fn, p.slice(0, fn.variables.length))[i]?.[j] ?? 0) > 1e-6,
    );
  const input = g.variables.indexOf(String(data.input));
  const output = Number(data.output) - 1;
  const y = f.components.length === 1 ? "y" : `y${output + 1}`;
  return f.variables
    .filter((_, k) => uses(g, k, input) && uses(f, output, k))
    .map((u) => [data.input, u, y].join(" > "));
}

/** (a) The key's answer agrees with the data's functions, by finite differences. */
function checkSolution({ draft }: Drawn) {
  const key = draft.key;
  if (key.kind === "paths") {
    const given = key.solution.map((p) => p.join(" > ")).sort();
    expect(given).toEqual(livePathsByDifferences(draft.data).sort());
    return;
  }
  if (key.kind !== "expression") throw new Error(`unexpected ${key.kind} answer`);
  const variables = key.spec.variables;
  for (const probe of PROBES) {
    const at = probe.slice(0, variables.length);
    const expected = partialByDifferences(draft.data, at);
    const actual = compileExpr(key.solution, variables)(at);
    expect(Math.abs(actual - expected)).toBeLessThan(1e-5 * Math.max(1, Math.abs(expected)));
  }
}

/** (b) The key is sound, the solution grades correct, and each mistake is diagnosed as itself. */
function checkDiagnosis({ seed, draft }: Drawn) {
  const key = draft.key;
  expect(gradingProblems(key, asSeed(seed))).toEqual([]);
  expect(key.mistakes.length).toBeGreaterThan(0);
}

/** (c) The prompt shows every component of the data and names the asked input and output. */
function checkPrompt({ draft }: Drawn) {
  const { prompt, data, key } = draft;
  for (const fn of data.functions ?? []) {
    for (const text of fn.components)
      expect(prompt).toContain(toLatex(parseTrustedExpression(text, fn.variables)));
  }
  const outputs = dataFunction(data, "f").components.length;
  const y = outputs === 1 ? "y" : `y_${String(data.output)}`;
  const x = `x_${String(data.input).slice(1)}`;
  expect(prompt).toContain(
    key.kind === "paths" ? `$${x}$ to $${y}$` : `\\frac{\\partial ${y}}{\\partial ${x}}`,
  );
  if (key.kind === "paths") expect(key.spec.graph.from).toBe(data.input);
}

const random = Object.entries(UNIT_3_GENERATORS).flatMap(([skill, list]) =>
  list.filter((g) => !g.fixed).map((generator) => [skill, generator] as const),
);

describe.each(random)("%s generator %o", (_skill, generator) => {
  const items = drawAll(generator);
  it("draws the same item again from the same seed and difficulty", () => {
    expect(generator.draw(createRandom(asSeed(1000)), 1)).toEqual(items[0]?.draft);
  });
  it("stores an answer that agrees with finite differences of its data's functions", () =>
    items.forEach(checkSolution));
  it("grades its solution correct and diagnoses each mistake's answer as M4", () =>
    items.forEach(checkDiagnosis));
  it("writes a prompt that shows every component and the partial asked", () =>
    items.forEach(checkPrompt));
  it("gives two or three hints and worked steps", () =>
    items.forEach(({ draft }) => {
      expect(draft.hints.length).toBeGreaterThanOrEqual(2);
      expect(draft.hints.length).toBeLessThanOrEqual(3);
      expect(draft.steps.length).toBeGreaterThanOrEqual(2);
    }));
});

describe("worked example 3", () => {
  const items = Array.from({ length: 501 }, (_, i) => ({
    seed: i,
    draft: workedExample3.draw(createRandom(asSeed(i)), DIFFICULTIES[i % 3] ?? 1),
  }));
  const first = items[0] as Drawn;
  it("is the same item whatever the seed and difficulty", () =>
    items.forEach(({ draft }) => expect(draft).toEqual(first.draft)));
  it("accepts the lesson's answer 2x₁x₂x₃ as typed by a learner", () => {
    expect(
      gradeAnswer(first.draft.key, { kind: "expression", text: "2x1x2x3" }, asSeed(3)).verdict,
    ).toBe("correct");
  });
  it("stores an answer that agrees with finite differences of its data's functions", () =>
    checkSolution(first));
  it("grades its solution correct and diagnoses leaving out the one live path as M4", () =>
    checkDiagnosis(first));
});
