import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { parseAnswer } from "../math";
import type { MathValue } from "../math";
import type { AnswerSpec } from "./answer-spec";
import { gradeSubmission } from "./grade-submission";
import type { Submission } from "./submission";

const seed = asSeed(7);
const variables = ["x1", "x2"];

function value(text: string): MathValue {
  const parsed = parseAnswer(text, { variables, allowMatrices: true });
  if (!parsed.ok) throw new Error(`test solution "${text}" does not parse`);
  return parsed.value;
}

const expression: AnswerSpec = { kind: "expression", variables };
const vector: AnswerSpec = { kind: "vector", length: 2, variables };
const matrix: AnswerSpec = { kind: "matrix", rows: 2, cols: 2, variables };
const shape: AnswerSpec = { kind: "shape" };

const grade = (solution: string, spec: AnswerSpec, submission: Submission) =>
  gradeSubmission(value(solution), spec, submission, seed);

describe("gradeSubmission", () => {
  it.each<[string, string, AnswerSpec, Submission]>([
    [
      "an equivalent expression",
      "2x1 + 2x1*x2^2",
      expression,
      { kind: "expression", text: "2x1(1 + x2^2)" },
    ],
    [
      "a vector typed out unsimplified",
      "[4x1 + x2, x1 + 4x2]",
      vector,
      { kind: "vector", cells: ["2(x1+x2) + 2(x1-x2) + x2", "2(x1+x2) - 2(x1-x2) + x1"] },
    ],
    [
      "vector cells against a solution stored as a row",
      "[[4x1 + x2, x1 + 4x2]]",
      vector,
      { kind: "vector", cells: ["4x1 + x2", "x1 + 4x2"] },
    ],
    [
      "a matrix of equivalent cells",
      "[[2x1, 1], [x2, x1]]",
      matrix,
      {
        kind: "matrix",
        cells: [
          ["x1 + x1", "1"],
          ["x2", "x1"],
        ],
      },
    ],
    ["the right shape", "[[1, 0, 0], [0, 1, 0]]", shape, { kind: "shape", text: "2x3" }],
  ])("grades %s correct", (_title, solution, spec, submission) => {
    expect(grade(solution, spec, submission)).toEqual({ verdict: "correct" });
  });

  it("grades a different expression incorrect by value, with no cells to point at", () => {
    expect(grade("2x1", expression, { kind: "expression", text: "2x2" })).toEqual({
      verdict: "incorrect",
      reason: "value",
    });
  });

  it("lists every wrong cell of a matrix", () => {
    const cells = [
      ["2x1", "x2"],
      ["1", "x1"],
    ];
    expect(grade("[[2x1, 1], [x2, x1]]", matrix, { kind: "matrix", cells })).toEqual({
      verdict: "incorrect",
      reason: "value",
      wrongCells: [
        [0, 1],
        [1, 0],
      ],
    });
  });

  it("lists the wrong entry of a vector as [row, 0]", () => {
    const result = grade("[4x1 + x2, x1 + 4x2]", vector, {
      kind: "vector",
      cells: ["4x1 + x2", "4x1 + x2"],
    });
    expect(result).toMatchObject({ verdict: "incorrect", reason: "value", wrongCells: [[1, 0]] });
  });

  it.each<[string, string, AnswerSpec, Submission, object]>([
    [
      "a row given where a column is asked",
      "[[1], [2]]",
      { ...matrix, rows: 2, cols: 1 },
      { kind: "matrix", cells: [["1", "2"]] },
      { expectedShape: { rows: 2, cols: 1 }, actualShape: { rows: 1, cols: 2 } },
    ],
    [
      "a grid with an extra column",
      "[[2x1, 1], [x2, x1]]",
      matrix,
      {
        kind: "matrix",
        cells: [
          ["2x1", "1", "0"],
          ["x2", "x1", "0"],
        ],
      },
      { expectedShape: { rows: 2, cols: 2 }, actualShape: { rows: 2, cols: 3 } },
    ],
    [
      "a vector with a missing entry",
      "[4x1 + x2, x1 + 4x2]",
      vector,
      { kind: "vector", cells: ["4x1 + x2"] },
      { expectedShape: { rows: 2, cols: 1 }, actualShape: { rows: 1, cols: 1 } },
    ],
    [
      "a transposed shape",
      "[[1, 0, 0], [0, 1, 0]]",
      shape,
      { kind: "shape", text: "3 x 2" },
      { expectedShape: { rows: 2, cols: 3 }, actualShape: { rows: 3, cols: 2 } },
    ],
  ])(
    "reports %s as a shape mismatch with both shapes",
    (_title, solution, spec, submission, shapes) => {
      expect(grade(solution, spec, submission)).toEqual({
        verdict: "incorrect",
        reason: "shape",
        ...shapes,
      });
    },
  );

  it("fails closed when the answer is undefined almost everywhere", () => {
    expect(grade("x1", expression, { kind: "expression", text: "log(-1 - x1^2)" })).toEqual({
      verdict: "incorrect",
      reason: "undetermined",
    });
  });

  it("reports every unreadable cell with its position, and grades nothing", () => {
    const result = grade("[[2x1, 1], [x2, x1]]", matrix, {
      kind: "matrix",
      cells: [
        ["2x1", "(1"],
        ["x2", "y"],
      ],
    });
    expect(result.verdict).toBe("invalid");
    const errors = result.verdict === "invalid" ? result.errors : [];
    expect(errors.map((e) => [e.cell, e.error.code])).toEqual([
      [[0, 1], "unbalanced-bracket"],
      [[1, 1], "unknown-variable"],
    ]);
  });

  it.each<[string, string, AnswerSpec, Submission, string]>([
    [
      "an unreadable expression",
      "x1",
      expression,
      { kind: "expression", text: "sin(x1" },
      "unbalanced-bracket",
    ],
    ["an empty vector cell", "[x1, x2]", vector, { kind: "vector", cells: ["x1", " "] }, "empty"],
    [
      "a ragged grid",
      "[[1, 2], [3, 4]]",
      matrix,
      { kind: "matrix", cells: [["1", "2"], ["3"]] },
      "ragged-matrix",
    ],
    [
      "an unreadable shape",
      "[[1, 2]]",
      shape,
      { kind: "shape", text: "two by three" },
      "bad-shape",
    ],
    [
      "a submission of another kind than the item asks",
      "x1",
      expression,
      { kind: "shape", text: "1x1" },
      "not-allowed",
    ],
  ])("returns invalid for %s", (_title, solution, spec, submission, code) => {
    const result = grade(solution, spec, submission);
    expect(result.verdict === "invalid" ? result.errors.map((e) => e.error.code) : result).toEqual([
      code,
    ]);
  });
});
