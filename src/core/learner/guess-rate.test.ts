import { describe, expect, it } from "vitest";
import {
  GUESS_GRID,
  guessAtLevel,
  HYPOTHESES,
  initialWeights,
  levelMarginal,
  perHypothesis,
  rateMarginal,
} from "./guess-rate";
import { initialRateWeights, RATE_GRID } from "./learning-rate";
import { createLearnerState, jointWeights, skillState, withSkill } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { masteryEstimate } from "./mastery";
import { recordAttempt } from "./record-attempt";
import { id, T0 } from "./test-fixtures";

/** A learner's unaided answers on `skill` (a worked example first), one a minute. */
function answer(
  skill: string,
  rights: readonly boolean[],
  state: LearnerState = createLearnerState(),
  start = T0,
): LearnerState {
  const studied = recordAttempt(state, {
    skill: id(skill),
    at: start,
    outcome: { kind: "worked-example" },
  });
  return rights.reduce(
    (next, right, i) =>
      recordAttempt(next, {
        skill: id(skill),
        at: start + (i + 1) * 60_000,
        outcome: { kind: "answer", right, help: "none" },
      }),
    studied,
  );
}

/** Mean guess level of the posterior: 0 is the table's guess. */
const meanLevel = (state: LearnerState): number =>
  levelMarginal(jointWeights(state)).reduce((sum, w, i) => sum + w * (GUESS_GRID[i] ?? 0), 0);

const HOUR = 3_600_000;

describe("guess level", () => {
  it("starts at the prior: rate prior times guess prior, the table's own guess most likely", () => {
    const weights = initialWeights();
    expect(weights).toHaveLength(HYPOTHESES);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    rateMarginal(weights).forEach((w, i) => expect(w).toBeCloseTo(initialRateWeights()[i] ?? 0));
    const levels = levelMarginal(weights);
    expect(levels[GUESS_GRID.indexOf(0)]).toBe(Math.max(...levels));
  });

  it("moves a skill's guess the given share of the way to 1", () => {
    expect(guessAtLevel(0.05, 0)).toBeCloseTo(0.05);
    expect(guessAtLevel(0.05, 0.3)).toBeCloseTo(0.335);
    expect(guessAtLevel(0.2, 0.15)).toBeCloseTo(0.32);
  });

  it("rises for right answers that come and go, falls for a right answer that stays", () => {
    const pattern = [false, true, false, false, true, false, true, false];
    let guesser = createLearnerState();
    let learner = createLearnerState();
    ["S1", "S2", "S4"].forEach((skill, k) => {
      guesser = answer(skill, pattern, guesser, T0 + k * HOUR);
      learner = answer(skill, [false, false, true, true, true], learner, T0 + k * HOUR);
    });
    expect(meanLevel(guesser)).toBeGreaterThan(meanLevel(createLearnerState()));
    expect(meanLevel(learner)).toBeLessThan(meanLevel(createLearnerState()));
  });

  it("gives a right answer less credit for a learner who guesses", () => {
    let guesser = createLearnerState();
    let learner = createLearnerState();
    ["S1", "S2", "S4"].forEach((skill, k) => {
      guesser = answer(
        skill,
        [false, true, false, true, false, false, true, false],
        guesser,
        T0 + k * HOUR,
      );
      learner = answer(skill, [false, false, false, true, true], learner, T0 + k * HOUR);
    });
    const at = T0 + 5 * HOUR;
    const after = (state: LearnerState) =>
      masteryEstimate(answer("S7", [false, true], state, at), id("S7"), at + 3 * 60_000);
    expect(after(guesser)).toBeLessThan(after(learner));
  });

  it("reads a state stored before guess levels: one estimate per rate, the rate weights alone", () => {
    const fresh = createLearnerState();
    const stored: LearnerState = { ...fresh, weights: undefined };
    const entry = skillState(fresh, id("S1"));
    const perRate = RATE_GRID.map((_, i) => 0.1 + 0.1 * i);
    const old = withSkill(stored, id("S1"), { ...entry, known: perRate });
    const expected = initialRateWeights().reduce((sum, w, i) => sum + w * (perRate[i] ?? 0), 0);
    expect(masteryEstimate(old, id("S1"), T0)).toBeCloseTo(expected);
    expect(perHypothesis(perRate)).toHaveLength(HYPOTHESES);
    const next = answer("S1", [true], old);
    expect(next.weights).toHaveLength(HYPOTHESES);
    expect(skillState(next, id("S1")).known).toHaveLength(HYPOTHESES);
  });
});
