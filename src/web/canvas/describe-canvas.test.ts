import { describe, expect, it } from "vitest";
import { initialCanvasState } from "./canvas-state";
import { describeThreeBoxes } from "./describe-canvas";
import { linearizeAt } from "./linearization";
import { pushPull } from "./push-pull";
import { compiled, TEST_COMPOSITIONS } from "./test-compositions";

describe("describeThreeBoxes", () => {
  it("states the point, every arrow and the pairing for lesson example 1", () => {
    const c = compiled(TEST_COMPOSITIONS[0] ?? { g: "", f: "", x: "" });
    const state = initialCanvasState([1, 2], 1);
    const l = linearizeAt(c, state.point);
    const text = describeThreeBoxes(state, l, pushPull(c, l, state.perturbation, state.gradient));
    expect(text).toContain("x₀ = (1.000, 2.000), u₀ = g(x₀) = (3.000, 2.000) and y₀ = 7.000");
    expect(text).toContain("Dg Δx = (1.000, 1.000)");
    expect(text).toContain("Δy = Df Dg Δx = 5.000");
    expect(text).toContain("∇ₓ = (10.000, 5.000)");
    expect(text).toContain("⟨∇ₓ, Δx⟩ = 5.000 and ⟨w, Δy⟩ = 5.000");
  });

  it("adds the learner's answer beside the truth only when it is drawn", () => {
    const c = compiled(TEST_COMPOSITIONS[0] ?? { g: "", f: "", x: "" });
    const state = initialCanvasState([1, 2], 1);
    const l = linearizeAt(c, state.point);
    const pp = pushPull(c, l, state.perturbation, state.gradient);
    const mine = { box: "u", vector: [0.5, 0], label: "your answer × Δx" } as const;
    expect(describeThreeBoxes(state, l, pp, mine)).toContain(
      "Your answer sends Δx to (0.500, 0.000), where Dg sends it to (1.000, 1.000).",
    );
    expect(describeThreeBoxes(state, l, pp)).not.toContain("Your answer");
  });

  it("says undefined where the functions are undefined", () => {
    const c = compiled({ g: "log(x1)", f: "u1", x: "1" });
    const state = initialCanvasState([-1], 1);
    const l = linearizeAt(c, state.point);
    const text = describeThreeBoxes(state, l, pushPull(c, l, state.perturbation, state.gradient));
    expect(text).toContain("u₀ = g(x₀) = undefined");
  });
});
