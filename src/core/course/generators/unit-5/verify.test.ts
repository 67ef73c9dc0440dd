import { describe, expect, it } from "vitest";
import type { AnswerKey } from "../../../grading";
import {
  evaluateExpr,
  finiteDifferenceJacobian,
  parseTrustedExpression,
  toLatex,
  type Expr,
} from "../../../math";
import { asSeed, createRandom } from "../../../shared";
import { DIFFICULTIES, type Generator } from "../../generator";
import type { Item, ItemData } from "../../item";
import { dataFunction, jacobianByDifferences, pointOf, gradingProblems } from "../../verify";
import { UNIT_5_GENERATORS } from "./index";

/** 170 seeds per difficulty: 510 items per generator. */
const SEEDS = 170;

type Draft = Omit<Item, "skill" | "seed" | "difficulty" | "generator">;

const numbers = (data: ItemData, field: string): number[] => data[field] as number[];
const grid = (data: ItemData, field: string): number[][] => data[field] as number[][];
const texts = (data: ItemData, field: string): string[] => data[field] as string[];
const constant = (text: string): Expr => parseTrustedExpression(text, []);
const column = (entries: readonly Expr[]): string => toLatex({ kind: "vector", entries });
const nums = (values: readonly number[]): Expr[] =>
  values.map((value) => ({ kind: "number", value }));
const matrixOf = (rows: readonly (readonly number[])[]): string =>
  toLatex({ kind: "matrix", rows: rows.map(nums) });
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "{,}");

/** σ and σ′ by name, written out here rather than taken from the generators. */
const SIGMA: Record<string, (t: number) => number> = {
  sigma: (t) => 1 / (1 + Math.exp(-t)),
  tanh: Math.tanh,
  relu: (t) => Math.max(0, t),
};

/** The tiny network's loss from its parameters, as plain arithmetic on the data's numbers. */
function networkLoss(data: ItemData, W: number[][], b: number[], c: number[], x: number[]): number {
  const sigma = SIGMA[data.activation as string] as (t: number) => number;
  return W.reduce(
    (sum, row, i) =>
      sum + (c[i] ?? 0) * sigma(row.reduce((s, w, j) => s + w * (x[j] ?? 0), 0) + (b[i] ?? 0)),
    0,
  );
}

function network(data: ItemData) {
  const W = grid(data, "W");
  const b = texts(data, "b").map((t) => evaluateExpr(constant(t), {}));
  return { W, b, c: numbers(data, "c"), x: numbers(data, "x") };
}

/** ∂ℓ/∂θ by central differences over one parameter block, the others held fixed. */
function parameterGradient(data: ItemData, block: "W" | "b" | "c"): number[] | number[][] {
  const { W, b, c, x } = network(data);
  const at = (theta: readonly number[]) => {
    if (block === "b") return [networkLoss(data, W, [...theta], c, x)];
    if (block === "c") return [networkLoss(data, W, b, [...theta], x)];
    const cols = x.length;
    return [
      networkLoss(
        data,
        W.map((row, i) => row.map((_, j) => theta[i * cols + j] ?? 0)),
        b,
        c,
        x,
      ),
    ];
  };
  const flat = block === "W" ? W.flat() : block === "b" ? b : c;
  const gradient = (finiteDifferenceJacobian(at, flat)[0] ?? []) as number[];
  return block === "W"
    ? W.map((row, i) => row.map((_, j) => gradient[i * x.length + j] ?? NaN))
    : gradient;
}

/** The cost of a bracketing given as nested pairs of factor indices, counted afresh. */
function cost(shapes: number[][], order: unknown): { rows: number; cols: number; cost: number } {
  if (typeof order === "number")
    return { rows: shapes[order]?.[0] ?? NaN, cols: shapes[order]?.[1] ?? NaN, cost: 0 };
  const [l, r] = (order as unknown[]).map((o) => cost(shapes, o)) as [
    ReturnType<typeof cost>,
    ReturnType<typeof cost>,
  ];
  return { rows: l.rows, cols: r.cols, cost: l.cost + r.cost + l.rows * l.cols * r.cols };
}

const nested = (indices: number[], fromLeft: boolean): unknown =>
  indices.length === 1
    ? indices[0]
    : fromLeft
      ? [nested(indices.slice(0, -1), true), indices.at(-1)]
      : [indices[0], nested(indices.slice(1), false)];

function bracketing(id: string, factors: number): unknown {
  const indices = Array.from({ length: factors }, (_, i) => i);
  if (id === "split")
    return [
      [0, 1],
      [2, 3],
    ];
  return nested(indices, id === "reverse");
}

/** The answer recomputed from `data` alone, by a route other than the generator's. */
const RECOMPUTE: Record<string, (data: ItemData) => unknown> = {
  "network-input-gradient": (data) =>
    jacobianByDifferences(
      dataFunction(data, "loss"),
      pointOf(data, dataFunction(data, "loss").variables),
    )[0],
  "network-loss": (data) => {
    const { W, b, c, x } = network(data);
    return networkLoss(data, W, b, c, x);
  },
  "weight-gradient": (data) => parameterGradient(data, "W"),
  "bias-gradient": (data) => parameterGradient(data, "b"),
  "readout-gradient": (data) => parameterGradient(data, "c"),
  "affine-jacobian": (data) =>
    jacobianByDifferences(
      dataFunction(data, "a"),
      dataFunction(data, "a").variables.map(() => 0.3),
    ),
  "elementwise-jacobian": (data) =>
    jacobianByDifferences(
      dataFunction(data, "h"),
      pointOf(data, dataFunction(data, "h").variables),
    ),
  "readout-jacobian": (data) =>
    jacobianByDifferences(
      dataFunction(data, "loss"),
      numbers(data, "c").map(() => 0.7),
    ),
  "pre-activation-gradient": (data) =>
    jacobianByDifferences(
      dataFunction(data, "loss"),
      pointOf(data, dataFunction(data, "loss").variables),
    )[0],
  "chain-cost": (data) => cost(grid(data, "shapes"), data.order).cost,
  "pass-count": (data) => {
    const [n, m, want] = [data.inputs as number, data.outputs as number, data.want as string];
    return {
      "jvps-jacobian": n,
      "vjps-jacobian": m,
      "jvps-gradient": n,
      "vjps-gradient": m,
      "jvps-direction": 1,
    }[want];
  },
  "cheaper-order": (data) => {
    const shapes = grid(data, "shapes");
    const costs = texts(data, "options").map(
      (id) => [id, cost(shapes, bracketing(id, shapes.length)).cost] as const,
    );
    return costs.reduce((best, next) => (next[1] < best[1] ? next : best))[0];
  },
  "autodiff-mode": (data) => {
    const [n, m, want] = [data.inputs as number, data.outputs as number, data.want as string];
    if (want === "jvp") return "one-jvp";
    if (want === "vjp") return "one-vjp";
    return n < m ? "forward" : "reverse";
  },
  "diag-product": () => "elementwise",
};

/** The numbers of a key's solution, or the option id of a choice. */
function solutionValue(key: AnswerKey): unknown {
  const value = (e: Expr) => evaluateExpr(e, {});
  switch (key.kind) {
    case "expression":
      return value(key.solution);
    case "vector":
      return key.solution.map(value);
    case "matrix":
      return key.solution.map((row) => row.map(value));
    case "choice":
      return key.solution;
    default:
      throw new Error(`unit 5 has no ${key.kind} items`);
  }
}

function expectClose(actual: unknown, expected: unknown): void {
  if (typeof expected === "string") return void expect(actual).toBe(expected);
  if (typeof expected === "number") return void expect(actual as number).toBeCloseTo(expected, 4);
  const rows = expected as unknown[];
  expect((actual as unknown[]).length).toBe(rows.length);
  rows.forEach((row, i) => expectClose((actual as unknown[])[i], row));
}

/** Pieces of the prompt that must appear for the data to describe the same problem. */
function promptPieces(data: ItemData): string[] {
  const has = (field: string) => data[field] !== undefined;
  const pieces: string[] = [];
  if (has("W") && has("x"))
    pieces.push(matrixOf(grid(data, "W")), column(nums(numbers(data, "x"))));
  if (has("b") && has("x")) pieces.push(column(texts(data, "b").map(constant)));
  if (has("c") && data.ask !== "readout-jacobian") pieces.push(column(nums(numbers(data, "c"))));
  if (has("a")) pieces.push(column(texts(data, "a").map(constant)));
  if (has("activation"))
    pieces.push(
      { sigma: "\\sigma", tanh: "\\tanh", relu: "\\operatorname{ReLU}" }[
        data.activation as string
      ] ?? "?",
    );
  if (has("shapes"))
    pieces.push(
      ...grid(data, "shapes").map(([r, c]) => `$${count(r ?? 0)}\\times ${count(c ?? 0)}$`),
    );
  if (has("inputs"))
    pieces.push(
      `\\mathbb{R}^{${count(data.inputs as number)}}\\to\\mathbb{R}^{${count(data.outputs as number)}}`,
    );
  if (has("size")) pieces.push(`\\mathbb{R}^{${count(data.size as number)}}`);
  return pieces;
}

/** The readout and affine items may write their function out instead of c or W: then its LaTeX is shown. */
function functionShown(item: Draft): boolean {
  const fn = item.data.functions?.[0];
  if (!fn || (item.data.ask !== "readout-jacobian" && item.data.ask !== "affine-jacobian"))
    return true;
  const latex = fn.components.map((t) => toLatex(parseTrustedExpression(t, fn.variables)));
  const written =
    latex.length === 1
      ? (latex[0] ?? "")
      : column(fn.components.map((t) => parseTrustedExpression(t, fn.variables)));
  const given =
    item.data.ask === "affine-jacobian"
      ? matrixOf(grid(item.data, "W"))
      : column(nums(numbers(item.data, "c")));
  return item.prompt.includes(written) || item.prompt.includes(given);
}

function verify(
  generator: Generator,
  difficulty: (typeof DIFFICULTIES)[number],
  seed: number,
): void {
  const item = generator.draw(createRandom(asSeed(seed)), difficulty);
  const recompute = RECOMPUTE[item.data.ask];
  expect(recompute, `no recomputation for ${item.data.ask}`).toBeDefined();
  expectClose(solutionValue(item.key), recompute?.(item.data));
  expect(gradingProblems(item.key, asSeed(seed))).toEqual([]);
  for (const piece of promptPieces(item.data)) expect(item.prompt).toContain(piece);
  expect(functionShown(item)).toBe(true);
  expect(item.hints.length).toBeGreaterThanOrEqual(2);
  expect(item.hints.length).toBeLessThanOrEqual(3);
  expect(item.steps.length).toBeGreaterThanOrEqual(2);
}

for (const [skill, generators] of Object.entries(UNIT_5_GENERATORS)) {
  describe(`${skill} generators`, () => {
    for (const generator of generators) {
      it(`${generator.id}: over ${SEEDS * 3} seeds the solution matches a recomputation from data, each mistake is diagnosed as itself, and the prompt shows the data`, () => {
        for (const difficulty of DIFFICULTIES) {
          for (let k = 0; k < SEEDS; k++) verify(generator, difficulty, 1000 * difficulty + k);
        }
      }, 60_000);
    }
  });
}
