import { describe, expect, it } from "vitest";
import { fitArrow } from "./fit-arrow";

describe("fitArrow", () => {
  it("leaves an arrow that fits as it is", () => {
    expect(fitArrow([1, -0.5], 1.6)).toEqual({ vector: [1, -0.5], divisor: 1 });
  });

  it.each([
    { vector: [3, 0], divisor: 2 },
    { vector: [0, 7], divisor: 5 },
    { vector: [12, 9], divisor: 10 },
    { vector: [-40, 0, 30], divisor: 50 },
  ])("divides $vector by the round $divisor so it fits in 1.6", ({ vector, divisor }) => {
    const fitted = fitArrow(vector, 1.6);
    expect(fitted.divisor).toBe(divisor);
    expect(Math.hypot(...fitted.vector)).toBeLessThanOrEqual(1.6);
    expect(fitted.vector.map((v) => v * divisor)).toEqual(vector.map((v) => expect.closeTo(v, 12)));
  });

  it("leaves a vector that is not finite to the arrow, which draws nothing for it", () => {
    expect(fitArrow([NaN, 1], 1.6).divisor).toBe(1);
  });
});
