import { describe, expect, it } from "vitest";
import { isDefined, linearizeAt } from "./linearization";
import { compiled } from "./test-compositions";

describe("linearizeAt", () => {
  const c = compiled({ g: "[log(x1), x1*x2]", f: "sqrt(u2)", x: "1, 1" });

  it.each([
    { point: [1, 1], defined: true },
    { point: [-1, 1], defined: false },
    { point: [1, -1], defined: false },
  ])("is defined at $point: $defined", ({ point, defined }) => {
    expect(isDefined(linearizeAt(c, point))).toBe(defined);
  });

  it("takes Df at u₀ = g(x₀) and multiplies Df Dg in that order", () => {
    const l = linearizeAt(c, [1, 4]);
    expect(l.u0).toEqual([0, 4]);
    expect(l.df).toEqual([[0, 0.25]]);
    expect(l.dh).toEqual([[1, 0.25]]);
  });
});
