import { expect } from "vitest";
import {
  evaluateExpr,
  finiteDifferenceJacobian,
  matMul,
  transpose,
  type Expr,
} from "../../../math";
import type { MistakeId } from "../../../grading";
import type { Item } from "../..";
import { dataFunction, jacobianByDifferences, numericMap, pointOf } from "../../verify";
import { describeGenerators } from "../generator-suite.test-support";
import { UNIT_2_GENERATORS } from "./index";

/** Points where a symbolic answer is compared with finite differences. */
const PROBES = [
  [0.3, -0.7, 0.5],
  [-1.1, 0.4, -0.2],
];

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

describeGenerators("unit 2", UNIT_2_GENERATORS, checkAgainstData);
