import { describe, expect, it } from "vitest";
import { estimatePlot } from "./estimate-plot";

const box = { width: 120, height: 60, margin: 10 };

describe("estimatePlot", () => {
  it("spreads readings over the width by time and puts a higher estimate higher up", () => {
    const points = estimatePlot(
      [
        { at: "2026-01-01T00:00:00Z", estimate: 0 },
        { at: "2026-01-01T01:00:00Z", estimate: 0.5 },
        { at: "2026-01-01T04:00:00Z", estimate: 1 },
      ],
      box,
    );
    expect(points).toEqual([
      { x: 10, y: 50 },
      { x: 35, y: 30 },
      { x: 110, y: 10 },
    ]);
  });

  it("centres a single reading horizontally", () => {
    expect(estimatePlot([{ at: "2026-01-01T00:00:00Z", estimate: 0.25 }], box)).toEqual([
      { x: 60, y: 40 },
    ]);
  });

  it("keeps an estimate outside 0–1 inside the plot", () => {
    const [point] = estimatePlot([{ at: "2026-01-01T00:00:00Z", estimate: 1.2 }], box);
    expect(point?.y).toBe(10);
  });
});
