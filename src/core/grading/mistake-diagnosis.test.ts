import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { parseTrustedExpression } from "../math";
import type { AnswerKey, PathGraph } from "./answer-kinds";
import { checkAnswerKey } from "./check-answer-key";
import { gradeAnswer } from "./grade-answer";
import type { MistakeId } from "./mistakes";
import { toSubmission } from "./to-submission";

const xy = ["x1", "x2"];
const e = (text: string, variables: readonly string[] = xy) =>
  parseTrustedExpression(text, variables);
const grid = (rows: string[][]) => rows.map((row) => row.map((cell) => e(cell)));
const column = (entries: string[]) => entries.map((entry) => [e(entry)]);
const matrixSpec = (rows: number, cols: number, chooseShape = false) =>
  ({ kind: "matrix", rows, cols, variables: xy, chooseShape }) as const;

/** x1 feeds u1 and u2, x2 feeds u2 only; both u feed y. */
const graph: PathGraph = {
  nodes: [
    { id: "x1", label: "x₁", layer: 0 },
    { id: "x2", label: "x₂", layer: 0 },
    { id: "u1", label: "u₁", layer: 1 },
    { id: "u2", label: "u₂", layer: 1 },
    { id: "y", label: "y", layer: 2 },
  ],
  edges: [
    { from: "x1", to: "u1" },
    { from: "x1", to: "u2" },
    { from: "x2", to: "u2" },
    { from: "u1", to: "y" },
    { from: "u2", to: "y" },
  ],
  from: "x1",
  to: "y",
};

/** A small hand-made key per mistake, each with the answer that mistake gives. */
const KEYS: readonly [MistakeId, string, AnswerKey][] = [
  [
    "M1",
    "Dg·Df for Df = [[1,2],[0,1]], Dg = [[x1,0],[1,1]]",
    {
      kind: "matrix",
      spec: matrixSpec(2, 2),
      solution: grid([
        ["x1 + 2", "2"],
        ["1", "1"],
      ]),
      mistakes: [
        {
          mistake: "M1",
          answer: grid([
            ["x1", "2*x1"],
            ["1", "3"],
          ]),
        },
      ],
    },
  ],
  [
    "M2a",
    "the 3×2 transpose of a 2×3 Jacobian",
    {
      kind: "matrix",
      spec: matrixSpec(2, 3, true),
      solution: grid([
        ["x2", "x1", "1"],
        ["0", "2*x2", "x1"],
      ]),
      mistakes: [
        {
          mistake: "M2a",
          answer: grid([
            ["x2", "0"],
            ["x1", "2*x2"],
            ["1", "x1"],
          ]),
        },
      ],
    },
  ],
  [
    "M2b",
    "the row Df where the column ∇f is asked",
    {
      kind: "matrix",
      spec: matrixSpec(2, 1, true),
      solution: column(["2*x1", "3*x2^2"]),
      mistakes: [{ mistake: "M2b", answer: grid([["2*x1", "3*x2^2"]]) }],
    },
  ],
  [
    "M2c",
    "Dg ∇u instead of Dgᵀ ∇u for Dg = [[1,2],[3,4]], ∇u = (1, 1)",
    {
      kind: "vector",
      spec: { kind: "vector", length: 2, variables: [] },
      solution: [e("4", []), e("6", [])],
      mistakes: [{ mistake: "M2c", answer: [e("3", []), e("7", [])] }],
    },
  ],
  [
    "M4",
    "the path sum from x₁ with the path through u₂ left out",
    {
      kind: "paths",
      spec: { kind: "paths", graph },
      solution: [
        ["x1", "u1", "y"],
        ["x1", "u2", "y"],
      ],
      mistakes: [{ mistake: "M4", answer: [["x1", "u1", "y"]] }],
    },
  ],
  [
    "M5",
    "cos(x) · 2x for d/dx sin(x²)",
    {
      kind: "expression",
      spec: { kind: "expression", variables: ["x"] },
      solution: e("cos(x^2) * 2x", ["x"]),
      mistakes: [{ mistake: "M5", answer: e("cos(x) * 2x", ["x"]) }],
    },
  ],
  [
    "M6",
    "σ(a) where σ′(a) = σ(a)(1 − σ(a)) belongs",
    {
      kind: "expression",
      spec: { kind: "expression", variables: ["a", "g"] },
      solution: e("sigma(a) * (1 - sigma(a)) * g", ["a", "g"]),
      mistakes: [{ mistake: "M6", answer: e("sigma(a) * g", ["a", "g"]) }],
    },
  ],
  [
    "M7",
    "∇ₕ passed back without the σ′(a) factor",
    {
      kind: "vector",
      spec: { kind: "vector", length: 2, variables: ["a1", "a2"] },
      solution: [
        e("sigma(a1) * (1 - sigma(a1)) * 3", ["a1", "a2"]),
        e("-2 * sigma(a2) * (1 - sigma(a2))", ["a1", "a2"]),
      ],
      mistakes: [{ mistake: "M7", answer: [e("3", []), e("-2", [])] }],
    },
  ],
];

describe.each(KEYS)("mistake %s (%s)", (id, _title, key) => {
  const seed = asSeed(3);
  const answer = key.mistakes.find((m) => m.mistake === id)?.answer;

  it("is diagnosed as itself", () => {
    if (answer === undefined) throw new Error(`fixture for ${id} has no answer`);
    const result = gradeAnswer(key, toSubmission(key.kind, answer), seed);
    expect(result).toMatchObject({ verdict: "incorrect", mistakes: [id] });
  });

  it("has a key with no problems, whose solution grades correct", () => {
    expect(checkAnswerKey(key, seed)).toEqual([]);
    expect(gradeAnswer(key, toSubmission(key.kind, key.solution), seed)).toEqual({
      verdict: "correct",
    });
  });
});
