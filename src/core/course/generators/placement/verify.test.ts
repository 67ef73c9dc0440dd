import { describe, expect, it } from "vitest";
import type { AnswerKey } from "../../../grading";
import { evaluateExpr, parseTrustedExpression, toLatex, type Expr } from "../../../math";
import { asSeed, createRandom } from "../../../shared";
import { DIFFICULTIES, type Generator } from "../../generator";
import type { ItemData } from "../../item";
import { dataFunction, jacobianByDifferences, gradingProblems } from "../../verify";
import { PLACEMENT_GENERATORS } from "./index";

/** 170 seeds per difficulty: 510 items per generator. */
const SEEDS = 170;
/** Points where symbolic answers are compared with finite differences (x, y, z > 0: logs are defined). */
const PROBES = [
  [0.7, 1.3, 0.4],
  [1.6, 0.5, 1.1],
] as const;

type Grid = number[][];
const grid = (data: ItemData, field: string): Grid => data[field] as Grid;

/** Products and transposes counted afresh, with plain loops. */
const multiply = (A: Grid, B: Grid): Grid =>
  A.map((row) =>
    (B[0] ?? []).map((_, j) => row.reduce((s, a, k) => s + a * (B[k]?.[j] ?? NaN), 0)),
  );
const flip = (A: Grid): Grid => (A[0] ?? []).map((_, j) => A.map((row) => row[j] ?? NaN));

/** For each ask, the answer from `data` alone: at each probe for functions, else one value. */
const RECOMPUTE: Record<string, (data: ItemData, probe: readonly number[]) => unknown> = {
  derivative: (data, p) => jacobianByDifferences(dataFunction(data, "f"), p.slice(0, 1))[0]?.[0],
  "partial-derivative": (data, p) => {
    const f = dataFunction(data, "f");
    return jacobianByDifferences(f, p.slice(0, f.variables.length))[0]?.[
      f.variables.indexOf(data.variable as string)
    ];
  },
  gradient: (data, p) => {
    const f = dataFunction(data, "f");
    return jacobianByDifferences(f, p.slice(0, f.variables.length))[0];
  },
  "product-shape": (data) => ({
    rows: grid(data, "shapes")[0]?.[0],
    cols: grid(data, "shapes")[1]?.[1],
  }),
  "matrix-product": (data) => multiply(grid(data, "A"), grid(data, "B")),
  transpose: (data) => flip(grid(data, "A")),
  "product-transpose": (data) => multiply(flip(grid(data, "B")), flip(grid(data, "A"))),
  "transpose-rule": () => "reversed",
  "dot-product": (data) =>
    (data.a as number[]).reduce((s, a, i) => s + a * ((data.b as number[])[i] ?? NaN), 0),
};

/** The key's solution at a probe point (variables named x, y, z). */
function solutionAt(key: AnswerKey, probe: readonly number[]): unknown {
  const at = (e: Expr) => evaluateExpr(e, { x: probe[0] ?? 0, y: probe[1] ?? 0, z: probe[2] ?? 0 });
  switch (key.kind) {
    case "expression":
      return at(key.solution);
    case "vector":
      return key.solution.map(at);
    case "matrix":
      return key.solution.map((row) => row.map(at));
    case "shape":
      return key.solution;
    case "choice":
      return key.solution;
    default:
      throw new Error(`placement has no ${key.kind} items`);
  }
}

function expectClose(actual: unknown, expected: unknown): void {
  if (typeof expected === "number") return void expect(actual as number).toBeCloseTo(expected, 4);
  if (Array.isArray(expected)) {
    expect((actual as unknown[]).length).toBe(expected.length);
    return expected.forEach((e, i) => expectClose((actual as unknown[])[i], e));
  }
  expect(actual).toEqual(expected);
}

/** What the prompt must show: the function's LaTeX, the matrices, the vectors or the shapes. */
function promptPieces(data: ItemData): string[] {
  const tex = (rows: Grid) =>
    toLatex({
      kind: "matrix",
      rows: rows.map((row) => row.map((v): Expr => ({ kind: "number", value: v }))),
    });
  const column = (v: number[]) =>
    toLatex({ kind: "vector", entries: v.map((value): Expr => ({ kind: "number", value })) });
  const fn = data.functions?.[0];
  if (fn) return [toLatex(parseTrustedExpression(fn.components[0] ?? "", fn.variables))];
  if (data.ask === "product-shape") return grid(data, "shapes").map(([r, c]) => `${r}\\times ${c}`);
  if (data.A) return [tex(grid(data, "A")), ...(data.B ? [tex(grid(data, "B"))] : [])];
  if (data.a) return [column(data.a as number[]), column(data.b as number[])];
  return ["(ABC)^\\top"];
}

function verify(
  generator: Generator,
  difficulty: (typeof DIFFICULTIES)[number],
  seed: number,
): void {
  const item = generator.draw(createRandom(asSeed(seed)), difficulty);
  const recompute = RECOMPUTE[item.data.ask];
  expect(recompute, `no recomputation for ${item.data.ask}`).toBeDefined();
  for (const probe of PROBES)
    expectClose(solutionAt(item.key, probe), recompute?.(item.data, probe));
  expect(gradingProblems(item.key, asSeed(seed))).toEqual([]);
  for (const piece of promptPieces(item.data)) expect(item.prompt).toContain(piece);
  expect(item.hints.length).toBeGreaterThanOrEqual(2);
  expect(item.steps.length).toBeGreaterThanOrEqual(2);
}

describe("placement generators", () => {
  for (const [skill, generators] of Object.entries(PLACEMENT_GENERATORS)) {
    for (const generator of generators) {
      it(`${skill} ${generator.id}: over ${SEEDS * 3} seeds the solution matches a recomputation from data, grades correct, and the prompt shows the data`, () => {
        for (const difficulty of DIFFICULTIES) {
          for (let k = 0; k < SEEDS; k++) verify(generator, difficulty, 1000 * difficulty + k);
        }
      }, 60_000);
    }
  }
});
