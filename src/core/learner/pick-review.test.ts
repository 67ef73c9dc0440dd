import { describe, expect, it } from "vitest";
import { createLearnerState } from "./learner-state";
import { pickReview } from "./pick-review";
import { DAY, id, T0, withMastered } from "./test-fixtures";

describe("pickReview", () => {
  it("picks nothing when no review is due", () => {
    const state = withMastered(createLearnerState(), ["S1"], T0);
    expect(pickReview(state, T0 + 1000, { implicitCredit: true })).toBeUndefined();
  });

  it("prefers a due question that also reviews other due skills through implicit credit", () => {
    // S2 builds on S1 and P3 with weight 1: one S2 question reviews it and counts for both.
    const early = withMastered(createLearnerState(), ["S1", "P3"], T0);
    const state = withMastered(early, ["S2"], T0 + 3_600_000);
    const now = T0 + 20 * DAY;
    expect(pickReview(state, now, { implicitCredit: true })).toBe(id("S2"));
    expect(["S1", "P3"]).toContain(pickReview(state, now, { implicitCredit: false }));
  });

  it("goes to the longest overdue skill among equals", () => {
    const older = withMastered(createLearnerState(), ["P5"], T0);
    const state = withMastered(older, ["P1"], T0 + DAY);
    expect(pickReview(state, T0 + 30 * DAY, { implicitCredit: true })).toBe(id("P5"));
  });

  it("avoids the previous item's skill while another review is due, to interleave", () => {
    const state = withMastered(createLearnerState(), ["P5", "P1"], T0);
    const now = T0 + 30 * DAY;
    const first = pickReview(state, now, { implicitCredit: true });
    const second = pickReview(state, now, { implicitCredit: true, avoid: first });
    expect(second).not.toBe(first);
    expect(second).toBeDefined();
  });
});
