import { describe, expect, it } from "vitest";
import { finiteDifferenceJacobian } from "./finite-difference";

describe("finiteDifferenceJacobian", () => {
  it("approximates the m×n Jacobian of a smooth map, row i for output i", () => {
    // F(x, y) = (x²y, x + sin y), whose Jacobian is [[2xy, x²], [1, cos y]] (skills file, S1-a).
    const f = ([x = 0, y = 0]: readonly number[]) => [x * x * y, x + Math.sin(y)];
    const at = finiteDifferenceJacobian(f, [2, 0.5]);
    const exact = [
      [2, 4],
      [1, Math.cos(0.5)],
    ];
    at.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(exact[i]?.[j] ?? NaN, 8)));
  });

  it("keeps its accuracy far from the origin, where a fixed step would drown in rounding", () => {
    // d/dx log x = 1e-8 at 1e8; a step of 1e-5 there loses about 1% to rounding.
    const slope = finiteDifferenceJacobian(([x = 0]) => [Math.log(x)], [1e8])[0]?.[0] ?? NaN;
    expect(Math.abs(slope * 1e8 - 1)).toBeLessThan(1e-6);
  });

  it("gives one row per output even for a map of one input", () => {
    expect(finiteDifferenceJacobian(([t = 0]) => [t, 2 * t, 3 * t], [1]).length).toBe(3);
  });
});
