import { describe, expect, it } from "vitest";
import { matVec } from "../../core/math";
import { circleImage, circleOfPerturbations, CIRCLE_SAMPLES } from "./circle-image";
import { linearizeAt } from "./linearization";
import { compiled } from "./test-compositions";

/** The unit 1 example F(x, y) = (x²y, x + sin y) at (2, 0), whose Jacobian is [[0, 4], [1, 1]]. */
const F = compiled({ g: "[x1^2*x2, x1 + sin(x2)]", f: "u1", x: "2, 0" });
const l = linearizeAt(F, [2, 0]);

const gap = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]) =>
  Math.max(...a.map((p, i) => Math.max(...p.map((v, k) => Math.abs(v - (b[i]?.[k] ?? NaN))))));

describe("circleImage", () => {
  it("sends the step (1, 0) to the first column (0, 1) and (0, 1) to the second (4, 1)", () => {
    expect(l.dg).toEqual([
      [0, 4],
      [1, 1],
    ]);
    const { ellipse } = circleImage(F, l, 1);
    expect(ellipse[0]).toEqual([0, 3]);
    const quarter = ellipse[CIRCLE_SAMPLES / 4] ?? [];
    expect(quarter[0]).toBeCloseTo(4, 12);
    expect(quarter[1]).toBeCloseTo(3, 12);
  });

  it("draws every ellipse point as u₀ + Dg Δx from core's matVec, to 1e-9", () => {
    const steps = circleOfPerturbations(2, 0.3);
    const { ellipse } = circleImage(F, l, 0.3);
    const expected = steps.map((d) => matVec(l.dg, d).map((v, k) => v + (l.u0[k] ?? NaN)));
    expect(gap(ellipse, expected)).toBeLessThan(1e-9);
  });

  it("hugs the ellipse four times closer when the radius halves, as a second-order error does", () => {
    const far = circleImage(F, l, 0.2);
    const near = circleImage(F, l, 0.1);
    const ratio = gap(far.image, far.ellipse) / gap(near.image, near.ellipse);
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4.5);
  });

  it.each([
    { dim: 1, width: 1 },
    { dim: 3, width: 3 },
  ])("takes steps with $width coordinates in ℝ^$dim", ({ dim, width }) => {
    const steps = circleOfPerturbations(dim, 0.5, 8);
    expect(steps).toHaveLength(9);
    steps.forEach((s) => expect(s).toHaveLength(width));
  });
});
