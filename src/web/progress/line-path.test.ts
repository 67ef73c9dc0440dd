import { describe, expect, it } from "vitest";
import { linePath } from "./line-path";

describe("linePath", () => {
  it.each([
    { points: [], d: "" },
    { points: [{ x: 1, y: 2 }], d: "M1 2" },
    {
      points: [
        { x: 0, y: 10 },
        { x: 5.55, y: 2.04 },
        { x: 9, y: 0 },
      ],
      d: "M0 10 L5.6 2 L9 0",
    },
  ])("draws $points.length points as '$d'", ({ points, d }) => {
    expect(linePath(points)).toBe(d);
  });
});
