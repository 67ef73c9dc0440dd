import { describe, expect, it } from "vitest";
import { stabilityAfterLapse, stabilityAfterRecall, trueRecall } from "./forgetting";
import { variant } from "./variant";

const DAY = 86_400_000;

describe("true forgetting", () => {
  it.each(["default", "exponential-forgetting"] as const)(
    "puts recall at 90%% one stability later (%s)",
    (name) => {
      expect(trueRecall(variant(name), 5, 5 * DAY)).toBeCloseTo(0.9);
      expect(trueRecall(variant(name), 5, 0)).toBe(1);
    },
  );

  it("forgets slower in the long tail under the power law than exponentially", () => {
    expect(trueRecall(variant("default"), 2, 60 * DAY)).toBeGreaterThan(
      trueRecall(variant("exponential-forgetting"), 2, 60 * DAY),
    );
  });

  it("strengthens memory most when recall was hard (spacing) and barely when massed", () => {
    expect(stabilityAfterRecall(4, 0.8)).toBeGreaterThan(stabilityAfterRecall(4, 0.95));
    expect(stabilityAfterRecall(4, 1)).toBeLessThan(4.1);
  });

  it("weakens memory after a lapse", () => {
    expect(stabilityAfterLapse(10)).toBeLessThan(10);
  });
});
