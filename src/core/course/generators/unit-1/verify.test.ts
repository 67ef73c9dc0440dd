import { expect } from "vitest";
import { evaluateExpr, matVec, type Expr } from "../../../math";
import { answerText } from "../../../grading";
import type { Item } from "../..";
import { dataFunction, jacobianByDifferences, numericMap, pointOf } from "../../verify";
import { describeGenerators } from "../generator-suite.test-support";
import { UNIT_1_GENERATORS } from "./index";

/** Points where a symbolic answer is compared with finite differences (away from singularities). */
const PROBES = [
  [0.3, -0.7, 0.5, 1.2],
  [-1.1, 0.4, -0.2, 0.6],
];

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

describeGenerators("unit 1", UNIT_1_GENERATORS, checkAgainstData);
