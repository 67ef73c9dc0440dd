import { describe, expect, it } from "vitest";
import { generateItem } from "../../core/course";
import type { Submission } from "../../core/grading";
import { asSeed, asSkillId } from "../../core/shared";
import { numericMatrix, toCanvasReply } from "./canvas-reply";

const matrix = (cells: string[][]): Submission => ({ kind: "matrix", cells });

describe("the learner's matrix for the canvas", () => {
  it.each([
    [
      "reads numbers, fractions and constants",
      [
        ["1", "-2/4"],
        ["pi", "0"],
      ],
      [
        [1, -0.5],
        [Math.PI, 0],
      ],
    ],
    [
      "is absent when a cell has a variable",
      [
        ["x1", "0"],
        ["0", "0"],
      ],
      undefined,
    ],
    [
      "is absent when a cell does not parse",
      [
        ["1+", "0"],
        ["0", "0"],
      ],
      undefined,
    ],
    ["is absent when the rows differ from Dg's", [["1", "0"]], undefined],
    ["is absent when the columns differ from Dg's", [["1"], ["0"]], undefined],
  ])("%s", (_title, cells, expected) => {
    expect(numericMatrix(matrix(cells), 2, 2)).toEqual(expected);
  });

  it("is absent for an answer that is not a matrix", () => {
    expect(numericMatrix({ kind: "vector", cells: ["1", "2"] }, 2, 1)).toBeUndefined();
  });
});

describe("the canvas part of a graded reply", () => {
  // S1 seed 1 asks for the Jacobian of F: R² → R² at (1, 1).
  const item = generateItem(asSkillId("S1"), asSeed(1));
  const guess = matrix([
    ["1", "2"],
    ["3", "4"],
  ]);

  it("carries the learner's matrix after a wrong answer shaped like Dg", () => {
    expect(toCanvasReply(item, guess, false)).toEqual({
      g: "[sin(x1*x2), exp(x1 - 2*x2)]",
      f: "[u1, u2]",
      x: "1, 1",
      mine: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it("leaves the learner's matrix out after a right answer", () => {
    expect(toCanvasReply(item, guess, true)).not.toHaveProperty("mine");
  });

  it("is absent for an item without functions", () => {
    const shapes = generateItem(asSkillId("S3"), asSeed(1));
    expect(toCanvasReply(shapes, { kind: "shape", text: "2x2" }, false)).toBeUndefined();
  });
});
