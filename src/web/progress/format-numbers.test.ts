import { describe, expect, it } from "vitest";
import { formatMinutes } from "./format-minutes";
import { formatPercent } from "./format-percent";

describe("formatPercent", () => {
  it.each([
    { estimate: 0, text: "0%" },
    { estimate: 0.853, text: "85%" },
    { estimate: 0.995, text: "100%" },
  ])("prints $estimate as $text", ({ estimate, text }) => {
    expect(formatPercent(estimate)).toBe(text);
  });
});

describe("formatMinutes", () => {
  it.each([
    { minutes: 0, text: "0 min" },
    { minutes: 44.6, text: "45 min" },
    { minutes: 125, text: "2 h 5 min" },
    { minutes: 180, text: "3 h" },
    { minutes: -3, text: "0 min" },
  ])("prints $minutes minutes as $text", ({ minutes, text }) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
