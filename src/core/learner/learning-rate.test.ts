import { describe, expect, it } from "vitest";
import { createLearnerState } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { initialRateWeights, rateFactorEstimate, RATE_GRID, scaledLearn } from "./learning-rate";
import { masteryEstimate } from "./mastery";
import { recordAttempt } from "./record-attempt";
import { id, T0 } from "./test-fixtures";

/** A learner's answers on S1, one a minute. */
function answer(
  rights: readonly boolean[],
  state: LearnerState = createLearnerState(),
): LearnerState {
  return rights.reduce(
    (next, right, i) =>
      recordAttempt(next, {
        skill: id("S1"),
        at: T0 + i * 60_000,
        outcome: { kind: "answer", right, help: "none" },
      }),
    state,
  );
}

describe("learning-rate factor", () => {
  it("starts at the population rate", () => {
    expect(rateFactorEstimate(initialRateWeights())).toBeCloseTo(1, 0);
    expect(initialRateWeights()).toHaveLength(RATE_GRID.length);
  });

  it("scales the learning probability up for fast and down for slow hypotheses", () => {
    expect(scaledLearn(0.2, 1)).toBeCloseTo(0.2);
    expect(scaledLearn(0.2, 0.5)).toBeLessThan(0.2);
    expect(scaledLearn(0.2, 2)).toBeGreaterThan(0.2);
  });

  it("falls for a learner who keeps missing and rises for one who gets it at once", () => {
    const slow = answer([false, false, false, false, false, false, true, false, true, true]);
    const fast = answer([true, true, true]);
    expect(rateFactorEstimate(slow.rateWeights)).toBeLessThan(0.9);
    expect(rateFactorEstimate(fast.rateWeights)).toBeGreaterThan(1.1);
  });

  it("makes a slow learner's next skill rise slower than population parameters would", () => {
    const slow = answer([false, false, false, false, false, false, false, false, true, true, true]);
    const after = (state: LearnerState) =>
      masteryEstimate(
        recordAttempt(state, {
          skill: id("S2"),
          at: T0 + DAYS,
          outcome: { kind: "answer", right: false, help: "none" },
        }),
        id("S2"),
        T0 + DAYS,
      );
    expect(after(slow)).toBeLessThan(after(createLearnerState()));
  });
});

const DAYS = 2 * 86_400_000;
