import { describe, expect, it } from "vitest";
import { dueBars } from "./due-bars";

const box = { width: 320, height: 120, margin: 10 };

describe("dueBars", () => {
  it("gives each day an equal slot and scales heights to the busiest day", () => {
    const bars = dueBars(
      [
        { day: "2026-01-01", count: 4 },
        { day: "2026-01-02", count: 0 },
        { day: "2026-01-03", count: 2 },
      ],
      box,
    );
    expect(bars.map((b) => b.height)).toEqual([100, 0, 50]);
    expect(bars.map((b) => b.y)).toEqual([10, 110, 60]);
    expect(bars.map((b) => b.x)).toEqual([25, 125, 225]);
    expect(bars.map((b) => b.width)).toEqual([70, 70, 70]);
  });

  it("draws no height at all when nothing is due", () => {
    const bars = dueBars([{ day: "2026-01-01", count: 0 }], box);
    expect(bars[0]?.height).toBe(0);
  });

  it("draws nothing for no days", () => {
    expect(dueBars([], box)).toEqual([]);
  });
});
