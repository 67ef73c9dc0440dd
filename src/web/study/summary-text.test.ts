import { describe, expect, it } from "vitest";
import { dueText, estimateChangeText, percent } from "./summary-text";

describe("percent", () => {
  it.each([
    [0, "0%"],
    [0.613, "61%"],
    [1, "100%"],
  ])("writes %f as %s", (p, text) => expect(percent(p)).toBe(text));
});

describe("estimateChangeText", () => {
  it.each([
    [0.2, 0.45, "20% → 45% (up 25 points)"],
    [0.8, 0.7, "80% → 70% (down 10 points)"],
    [0.5, 0.501, "50% → 50% (no change)"],
  ])("writes %f → %f as %j", (before, after, text) => {
    expect(estimateChangeText(before, after)).toBe(text);
  });
});

describe("dueText", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  it.each([
    [null, "No review is scheduled yet."],
    ["2026-03-01T11:00:00Z", "A review is due now."],
    ["2026-03-01T15:00:00Z", "Next review due in 3 hours."],
    ["2026-03-01T12:20:00Z", "Next review due in 1 hour."],
    ["2026-03-02T12:00:00Z", "Next review due tomorrow."],
    ["2026-03-05T10:00:00Z", "Next review due in 4 days."],
  ])("says when %s is due", (due, text) => expect(dueText(due, now)).toBe(text));
});
