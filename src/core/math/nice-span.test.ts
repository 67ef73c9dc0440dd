import { describe, expect, it } from "vitest";
import { niceSpan, roundUpNice } from "./nice-span";

describe("niceSpan", () => {
  it.each([
    { extent: 1, span: 5 },
    { extent: 0.3, span: 1 },
    { extent: 3, span: 10 },
    { extent: 40, span: 100 },
    { extent: 0.004, span: 0.01 },
  ])("rounds the span holding $extent to $span", ({ extent, span }) => {
    expect(niceSpan(extent)).toBeCloseTo(span, 12);
  });

  it("gives a tiny positive span for nothing to hold, never zero or NaN", () => {
    expect(niceSpan(0)).toBeGreaterThan(0);
    expect(niceSpan(0)).toBeLessThan(1e-4);
  });

  it.each([
    [1, 1],
    [1.5, 2],
    [3, 5],
    [7, 10],
    [0.03, 0.05],
  ])("rounds %f up to the 1-2-5 step %f", (value, step) => {
    expect(roundUpNice(value)).toBeCloseTo(step, 12);
  });
});
