import { describe, expect, it } from "vitest";
import { progressFigures } from "./progress-figures";

describe("progressFigures", () => {
  it.each([
    [0, 12, 0, 0],
    [3, 12, 3, 25],
    [12, 12, 12, 100],
    [15, 12, 12, 100],
    [-1, 12, 0, 0],
    [2, 0, 0, 0],
  ])("shows %i done of %i as %i (%i %)", (done, total, now, percent) => {
    const figures = progressFigures(done, total, "items");
    expect(figures.now).toBe(now);
    expect(figures.percent).toBe(percent);
    expect(figures.text).toBe(`${now} of ${Math.max(0, total)} items`);
  });
});
