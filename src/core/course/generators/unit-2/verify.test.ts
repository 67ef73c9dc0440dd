import katex from "katex";
import { describe, expect, it } from "vitest";
import { asSeed, asSkillId } from "../../../shared";
import {
  evaluateExpr,
  finiteDifferenceJacobian,
  matMul,
  transpose,
  type Expr,
} from "../../../math";
import type { MistakeId } from "../../../grading";
import { generateItem, type Item } from "../..";
import {
  dataFunction,
  jacobianByDifferences,
  numericMap,
  pointOf,
  gradingProblems,
} from "../../verify";
import type { Difficulty } from "../../generator";
import { mathProblems, promptProblems } from "../unit-1/item-checks";
import { UNIT_2_GENERATORS } from "./index";

/** Generous: each case draws and grades 510 items on a shared 2-core machine. */
const TIMEOUT_MS = 60_000;
/** Seeds per random generator, spread evenly over the three difficulties. */
const SEEDS = 510;
/** Points where a symbolic answer is compared with finite differences. */
const PROBES = [
  [0.3, -0.7, 0.5],
  [-1.1, 0.4, -0.2],
];

const typeset = (tex: string, display: boolean): string | undefined => {
  try {
    katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "error" });
    return undefined;
  } catch (error) {
    return String(error);
  }
};

type Numbers = readonly (readonly number[])[];

function expectClose(actual: Numbers, expected: Numbers, what: string) {
  expect([actual.length, actual[0]?.length], what).toEqual([expected.length, expected[0]?.length]);
  actual.forEach((row, i) =>
    row.forEach((v, j) =>
      expect(Math.abs(v - (expected[i]?.[j] ?? NaN)), `${what} [${i}][${j}]`).toBeLessThan(
        1e-4 * Math.max(1, Math.abs(v)),
      ),
    ),
  );
}

/**
 * The Jacobians at x recomputed from the data by finite differences: of g at x, of f at g(x) and
 * (when f takes as many inputs) at x, and of the composition f∘g at x.
 */
function jacobiansFromData(item: Item, x: readonly number[]) {
  const g = dataFunction(item.data, "g");
  const f = dataFunction(item.data, "f");
  const u = numericMap(g)(x);
  const composite = (y: readonly number[]) => numericMap(f)(numericMap(g)(y));
  return {
    inner: jacobianByDifferences(g, x),
    outer: jacobianByDifferences(f, u),
    outerAtX: f.variables.length === x.length ? jacobianByDifferences(f, x) : undefined,
    chain: finiteDifferenceJacobian(composite, x),
  };
}

/** What each mistake's answer must be, recomputed from the Jacobians of the data. */
function expectedMistake(mistake: MistakeId, j: ReturnType<typeof jacobiansFromData>): Numbers {
  if (mistake === "M1") return matMul(j.inner, j.outer);
  if (mistake === "M5" && j.outerAtX) return matMul(j.outerAtX, j.inner);
  if (mistake === "M5") return j.outerAtX ?? [];
  throw new Error(`no independent recomputation for ${mistake}`);
}

/** Recomputes the answer (and each mistake's answer) from `data` alone and compares. */
function checkAgainstData(item: Item): void {
  const { data, key } = item;
  const what = `${item.generator} seed ${item.seed}`;
  if (key.kind === "ordering") {
    expect(key.solution, what).toEqual(
      [...(data.names as string[])].reverse().map((name) => `D${name}`),
    );
    return;
  }
  if (key.kind !== "matrix") throw new Error(`unexpected kind ${key.kind}`);
  const variables = dataFunction(data, "g").variables;
  const points =
    data.ask === "chain-jacobian"
      ? PROBES.map((p) => p.slice(0, variables.length))
      : [pointOf(data, variables)];
  for (const x of points) {
    const at = Object.fromEntries(variables.map((name, j) => [name, x[j] as number]));
    const value = (rows: readonly (readonly Expr[])[]) =>
      rows.map((row) => row.map((e) => evaluateExpr(e, at)));
    const j = jacobiansFromData(item, x);
    if (data.ask === "outer-jacobian-at-inner") {
      expectClose(value(key.solution), j.outer, what);
      for (const m of key.mistakes)
        expectClose(value(m.answer), j.outerAtX ?? [], `${what} ${m.mistake}`);
    } else if (data.ask === "gradient-of-composition-at-point") {
      expectClose(value(key.solution), transpose(j.chain), what);
      for (const m of key.mistakes) expectClose(value(m.answer), j.chain, `${what} ${m.mistake}`);
    } else {
      expectClose(value(key.solution), j.chain, what);
      for (const m of key.mistakes)
        expectClose(value(m.answer), expectedMistake(m.mistake, j), `${what} ${m.mistake}`);
    }
  }
}

const cases = Object.entries(UNIT_2_GENERATORS).flatMap(([skill, generators]) =>
  generators.map((generator) => ({ skill, generator })),
);

describe("unit 2 generators", () => {
  it.each(cases)(
    "$skill $generator.id: answers agree with the data, grade and diagnose as keyed",
    ({ skill, generator }) => {
      const count = generator.fixed ? 1 : SEEDS;
      for (let seed = 0; seed < count; seed++) {
        const difficulty = ((seed % 3) + 1) as Difficulty;
        const item = generateItem(asSkillId(skill), asSeed(seed), {
          difficulty,
          generator: generator.id,
        });
        checkAgainstData(item);
        expect(gradingProblems(item.key, item.seed), `seed ${seed}`).toEqual([]);
        expect(promptProblems(item), `seed ${seed}`).toEqual([]);
        if (seed < 60) expect(mathProblems(item, typeset), `seed ${seed}`).toEqual([]);
        expect(item.hints.length).toBeGreaterThanOrEqual(2);
        expect(item.key.mistakes.length, `seed ${seed} diagnoses nothing`).toBeGreaterThan(0);
      }
    },
    TIMEOUT_MS,
  );

  it.each(cases.filter((c) => !c.generator.fixed))(
    "$generator.id draws the same item from the same seed",
    ({ skill, generator }) => {
      const draw = () =>
        generateItem(asSkillId(skill), asSeed(99), { difficulty: 3, generator: generator.id });
      expect(draw()).toEqual(draw());
    },
  );
});
