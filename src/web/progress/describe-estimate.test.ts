import { describe, expect, it } from "vitest";
import { describeEstimate } from "./describe-estimate";

const at = "2026-01-01T00:00:00Z";

describe("describeEstimate", () => {
  it.each([
    { points: [], text: "Jacobian: no answers yet" },
    { points: [{ at, estimate: 0.4 }], text: "Jacobian: 40% after 1 answer" },
    {
      points: [
        { at, estimate: 0.2 },
        { at, estimate: 0.6 },
        { at, estimate: 0.85 },
      ],
      text: "Jacobian: 20% → 85% over 3 answers",
    },
  ])("says '$text'", ({ points, text }) => {
    expect(describeEstimate("Jacobian", points)).toBe(text);
  });
});
