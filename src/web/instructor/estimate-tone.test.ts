import { describe, expect, it } from "vitest";
import { estimateTone } from "./estimate-tone";

describe("estimateTone", () => {
  it.each([
    { estimate: 0.97, mastered: true, tone: "mastered" },
    { estimate: 0.4, mastered: true, tone: "mastered" },
    { estimate: 0.9, mastered: false, tone: "learning" },
    { estimate: 0.5, mastered: false, tone: "learning" },
    { estimate: 0.49, mastered: false, tone: "weak" },
  ] as const)("calls $estimate (mastered: $mastered) $tone", ({ estimate, mastered, tone }) => {
    expect(estimateTone(estimate, mastered)).toBe(tone);
  });
});
