import { describe, expect, it } from "vitest";
import { generateItem, type Item } from "../../core/course";
import type { Submission } from "../../core/grading";
import { asSeed, asSkillId } from "../../core/shared";
import { learnerAnswer, toCanvasReply } from "./canvas-reply";
import type { CanvasText } from "./canvas-text";

const matrix = (cells: string[][]): Submission => ({ kind: "matrix", cells });
const vector = (cells: string[]): Submission => ({ kind: "vector", cells });
// Dg is 2×2 and f is scalar: Δy has one entry, ∇ₓ two.
const TEXT: CanvasText = { g: "", f: "", x: "", rows: 2, cols: 2, outputs: 1 };
const asking = (ask: string): Item => {
  const item = generateItem(asSkillId("S8"), asSeed(1));
  return { ...item, data: { ...item.data, ask } };
};

describe("a wrong answer as the canvas draws it", () => {
  it.each<[string, string, Submission, unknown]>([
    [
      "reads a matrix of numbers shaped like Dg as a guess at Dg",
      "anything",
      matrix([
        ["1", "-2/4"],
        ["pi", "0"],
      ]),
      {
        of: "dg",
        matrix: [
          [1, -0.5],
          [Math.PI, 0],
        ],
      },
    ],
    [
      "reads a pushforward's p numbers as a guess at Δy",
      "pushforward",
      vector(["3"]),
      { of: "dy", vector: [3] },
    ],
    [
      "reads a pullback's n numbers as a guess at ∇ₓ",
      "pullback",
      vector(["1", "2"]),
      { of: "grad-x", vector: [1, 2] },
    ],
    [
      "draws nothing for a matrix with a variable in it",
      "x",
      matrix([
        ["x1", "0"],
        ["0", "0"],
      ]),
      undefined,
    ],
    [
      "draws nothing for a cell that does not parse",
      "x",
      matrix([
        ["1+", "0"],
        ["0", "0"],
      ]),
      undefined,
    ],
    ["draws nothing for a matrix of another shape than Dg's", "x", matrix([["1", "0"]]), undefined],
    ["draws nothing for a vector of the wrong length", "pullback", vector(["1"]), undefined],
    [
      "draws nothing for a vector when the item asks for neither",
      "linearize",
      vector(["1", "2"]),
      undefined,
    ],
    [
      "reads an arrow dragged on a pushforward item as a guess at Δy",
      "pushforward",
      { kind: "arrow", tip: [0.25] },
      { of: "dy", vector: [0.25] },
    ],
    [
      "reads an arrow set on a pullback item as a guess at ∇ₓ",
      "pullback",
      { kind: "arrow", tip: [-1, 0.5] },
      { of: "grad-x", vector: [-1, 0.5] },
    ],
    ["draws nothing for a choice", "x", { kind: "choice", choice: "a" }, undefined],
  ])("%s", (_title, ask, submission, expected) => {
    expect(learnerAnswer(asking(ask), submission, TEXT)).toEqual(expected);
  });
});

describe("the canvas part of a graded reply", () => {
  // S1 seed 1 asks for the Jacobian of F: R² → R² at (1, 1).
  const item = generateItem(asSkillId("S1"), asSeed(1));
  const guess = matrix([
    ["1", "2"],
    ["3", "4"],
  ]);

  it("carries the item's functions and point, and the learner's matrix after a wrong answer", () => {
    expect(toCanvasReply(item, guess, false)).toEqual({
      g: "[sin(x1*x2), exp(x1 - 2*x2)]",
      f: "[u1, u2]",
      x: "1, 1",
      mine: {
        of: "dg",
        matrix: [
          [1, 2],
          [3, 4],
        ],
      },
    });
  });

  it("leaves the learner's answer out after a right answer", () => {
    expect(toCanvasReply(item, guess, true)).not.toHaveProperty("mine");
  });

  it("carries a pushforward's own Δx, so the canvas pushes the same perturbation", () => {
    const pushforward = generateItem(asSkillId("S7"), asSeed(2));
    expect(toCanvasReply(pushforward, vector(["0", "0"]), false)).toMatchObject({
      dx: pushforward.data["delta"],
      mine: { of: "dy", vector: [0, 0] },
    });
  });

  it.each([
    ["S7", "arrow-pushforward", "dy"],
    ["S8", "arrow-pullback", "grad-x"],
  ] as const)("draws a wrong %s arrow (%s) beside the truth", (skill, generator, of) => {
    const item = generateItem(asSkillId(skill), asSeed(3), { generator, difficulty: 2 });
    const { key } = item;
    if (key.kind !== "arrow" || key.spec.kind !== "arrow") throw new Error("not an arrow item");
    const span = key.spec.span;
    const tip = key.solution.map((x) => x + span);
    const reply = toCanvasReply(item, { kind: "arrow", tip }, false);
    expect(reply?.mine).toEqual({ of, vector: tip });
  });

  it("is absent for an item without functions", () => {
    const shapes = generateItem(asSkillId("S3"), asSeed(1));
    expect(toCanvasReply(shapes, { kind: "shape", text: "2x2" }, false)).toBeUndefined();
  });
});
