import { describe, expect, it } from "vitest";
import { asSeed, asSkillId } from "../shared";
import { fadedSteps } from "./faded-steps";
import { generateItem } from "./generate-item";

const withSteps = (count: number) => {
  const item = generateItem(asSkillId("S1"), asSeed(7));
  return { ...item, steps: Array.from({ length: count }, (_, i) => ({ text: `step ${i}` })) };
};

describe("fadedSteps", () => {
  it.each([
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 2],
    [5, 2],
  ])("shows %i steps' first %i and never the last", (count, shown) => {
    const steps = fadedSteps(withSteps(count));
    expect(steps).toHaveLength(shown);
    expect(steps.map((s) => s.text)).not.toContain(`step ${count - 1}`);
  });
});
