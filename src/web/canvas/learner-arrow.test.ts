import { describe, expect, it } from "vitest";
import { initialCanvasState } from "./canvas-state";
import type { LearnerAnswer } from "./learner-answer";
import { describeLearnerArrow, learnerArrow } from "./learner-arrow";
import { linearizeAt } from "./linearization";
import { pushPull } from "./push-pull";
import { compiled, TEST_COMPOSITIONS } from "./test-compositions";

// Lesson example 1 at x₀ = (1, 2) with Δx = (0.5, 0): Dg Δx = (1, 1), Δy = 5, ∇ₓ = (10, 5).
const c = compiled(TEST_COMPOSITIONS[0] ?? { g: "", f: "", x: "" });
const state = initialCanvasState([1, 2], 1);
const l = linearizeAt(c, state.point);
const pp = pushPull(c, l, state.perturbation, state.gradient);

describe("the learner's answer on the three boxes", () => {
  it.each<[string, LearnerAnswer, string, number[], string]>([
    [
      "sends Δx through a guess at Dg into the u box, beside Dg Δx",
      {
        of: "dg",
        matrix: [
          [2, 0],
          [0, 1],
        ],
      },
      "u",
      [1, 0],
      "Your answer sends Δx to (1.000, 0.000), where Dg sends it to (1.000, 1.000).",
    ],
    [
      "draws a guess at Δy in the y box, beside Df Dg Δx",
      { of: "dy", vector: [4] },
      "y",
      [4],
      "Your answer is Δy = 4.000, where Df Dg Δx = 5.000.",
    ],
    [
      "draws a guess at ∇ₓ in the x box, beside the pulled-back gradient",
      { of: "grad-x", vector: [5, 10] },
      "x",
      [5, 10],
      "Your answer is ∇ₓ = (5.000, 10.000), where pulling w back gives (10.000, 5.000).",
    ],
  ])("%s", (_title, mine, box, vector, sentence) => {
    const arrow = learnerArrow(mine, state.perturbation);
    expect(arrow).toMatchObject({ box, vector });
    expect(describeLearnerArrow(arrow, pp)).toBe(sentence);
  });
});
