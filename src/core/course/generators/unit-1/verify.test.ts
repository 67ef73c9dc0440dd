import katex from "katex";
import { describe, expect, it } from "vitest";
import { asSeed, asSkillId } from "../../../shared";
import { evaluateExpr, matVec, type Expr } from "../../../math";
import { answerText } from "../../../grading";
import { generateItem, type Item } from "../..";
import {
  dataFunction,
  jacobianByDifferences,
  numericMap,
  pointOf,
  gradingProblems,
} from "../../verify";
import type { Difficulty } from "../../generator";
import { mathProblems, promptProblems } from "./item-checks";
import { UNIT_1_GENERATORS } from "./index";

/** Generous: each case draws and grades 510 items on a shared 2-core machine. */
const TIMEOUT_MS = 60_000;
/** Seeds per random generator, spread evenly over the three difficulties. */
const SEEDS = 510;
/** Points where a symbolic answer is compared with finite differences (away from singularities). */
const PROBES = [
  [0.3, -0.7, 0.5, 1.2],
  [-1.1, 0.4, -0.2, 0.6],
];

const typeset = (tex: string, display: boolean): string | undefined => {
  try {
    katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "error" });
    return undefined;
  } catch (error) {
    return String(error);
  }
};

const numbers = (rows: readonly (readonly Expr[])[], at: Record<string, number> = {}) =>
  rows.map((row) => row.map((entry) => evaluateExpr(entry, at)));

function expectClose(
  actual: readonly (readonly number[])[],
  expected: readonly (readonly number[])[],
  what: string,
) {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((row, i) =>
    row.forEach((v, j) =>
      expect(Math.abs(v - (expected[i]?.[j] ?? NaN)), `${what} [${i}][${j}]`).toBeLessThan(
        1e-4 * Math.max(1, Math.abs(v)),
      ),
    ),
  );
}

/** Recomputes the answer from `data` alone (finite differences, the dimensions) and compares. */
function checkAgainstData(item: Item): void {
  const { data, key } = item;
  const what = `${item.generator} seed ${item.seed}`;
  if (key.kind === "matrix" && (data.ask === "jacobian" || data.ask === "jacobian-at-point")) {
    const fn = dataFunction(data, "F");
    const points =
      data.ask === "jacobian"
        ? PROBES.map((p) => p.slice(0, fn.variables.length))
        : [pointOf(data, fn.variables)];
    for (const x of points) {
      const at = Object.fromEntries(fn.variables.map((name, j) => [name, x[j] as number]));
      expectClose(numbers(key.solution, at), jacobianByDifferences(fn, x), what);
    }
  } else if (key.kind === "vector" && data.ask === "linearize") {
    const fn = dataFunction(data, "F");
    const x0 = pointOf(data, fn.variables);
    const delta = data.delta as number[];
    const change = matVec(jacobianByDifferences(fn, x0), delta);
    const predicted = numericMap(fn)(x0).map((v, i) => v + (change[i] ?? NaN));
    expectClose([key.solution.map((e) => evaluateExpr(e, {}))], [predicted], what);
  } else if (key.kind === "shape") {
    expect(key.solution, what).toEqual(
      shapeFromData(
        data.dimensions as number[],
        data.names as string[],
        data.target as Record<string, string>,
      ),
    );
  } else if (key.kind === "choice" && data.ask !== "composition-shapes") {
    const label = key.spec.options.find((o) => o.id === key.solution)?.label ?? "";
    const names = data.names as string[];
    const order = [...label.matchAll(/(?:D|\\nabla )([fghk])\b/g)].map((m) => m[1]);
    const expected = data.ask === "jacobian-product" ? [...names].reverse() : ["g", "f"];
    expect(order, what).toEqual(expected);
    expect(label.includes("^\\top"), what).toBe(data.ask === "gradient-product");
  } else {
    expect(answerText(key.kind, key.solution as never), what).toBe("pxn-nx1");
  }
}

function shapeFromData(dimensions: number[], names: string[], target: Record<string, string>) {
  const index = target.of === "composite" ? -1 : names.indexOf(target.of ?? "");
  const [inputs, outputs] =
    index < 0 ? [dimensions[0], dimensions.at(-1)] : [dimensions[index], dimensions[index + 1]];
  return target.object === "gradient" ? { rows: inputs, cols: 1 } : { rows: outputs, cols: inputs };
}

const cases = Object.entries(UNIT_1_GENERATORS).flatMap(([skill, generators]) =>
  generators.map((generator) => ({ skill, generator })),
);

describe("unit 1 generators", () => {
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
