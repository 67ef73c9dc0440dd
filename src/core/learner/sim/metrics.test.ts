import { describe, expect, it } from "vitest";
import { percentile90, relativeToOracle, summarize } from "./metrics";
import type { LearnerRecord } from "./metrics";

const record = (ability: number, known: readonly boolean[], items = 10): LearnerRecord => ({
  ability,
  items,
  reviews: 4,
  declared: known.map((k) => ({
    items: items / known.length,
    gateItems: 1,
    allItems: items / known.length + 1,
    over: 1,
    known: k,
  })),
  stuck: ability < 1,
  stuckFlags: ability < 1 ? 4 : 0,
  stuckFlagsUnlearned: ability < 1 ? 3 : 0,
  recall30: 0.9,
  recall60: null,
  predictions: [
    { p: 0.9, right: true },
    { p: 0.2, right: false },
  ],
});

describe("metrics", () => {
  it("takes the 90th percentile by nearest rank", () => {
    expect(percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9);
    expect(percentile90([5])).toBe(5);
  });

  it("counts under-practice over declared skills, and separately in the slowest quarter", () => {
    const records = [
      record(0.5, [false, false]),
      record(1, [true, true]),
      record(1.2, [true, true]),
      record(1.5, [true, true]),
    ];
    const figures = summarize("fixed", "default", records);
    expect(figures.underPracticeRate).toBeCloseTo(2 / 8);
    expect(figures.underPracticeRateSlowestQuarter).toBe(1);
    expect(figures.stuckFlaggedRate).toBe(0.25);
    expect(figures.stuckFlagsPerLearner).toBe(1);
    expect(figures.stuckFlagsUnlearnedShare).toBe(0.75);
    expect(figures.reviewsPerSkill).toBe(16 / 8);
    expect(figures.recallDay60).toBeNull();
    expect(figures.auc).toBe(1);
  });

  it("counts practice items to mastery apart from gate items", () => {
    const figures = summarize("planner", "default", [record(1, [true, true], 8)]);
    expect(figures.itemsToMasteryMean).toBe(4);
    expect(figures.gateItemsPerSkill).toBe(1);
    expect(figures.allItemsPerSkill).toBe(5);
  });

  it("reports no stuck rate for a policy without a stuck rule", () => {
    const records = [{ ...record(1, [true]), stuck: null }];
    expect(summarize("oracle", "default", records).stuckFlaggedRate).toBeNull();
  });

  it("expresses items to mastery as a ratio to the oracle's", () => {
    const oracle = summarize("oracle", "default", [record(1, [true], 4)]);
    const fixed = summarize("fixed", "default", [record(1, [true], 10)]);
    expect(relativeToOracle([oracle, fixed]).map((f) => f.itemsRatioToOracle)).toEqual([1, 2.5]);
  });
});
