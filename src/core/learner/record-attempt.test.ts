import { describe, expect, it } from "vitest";
import type { Help } from "./bkt";
import { retrievability } from "./fsrs-adapter";
import { createLearnerState, skillState, withSkill } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { masteryEstimate } from "./mastery";
import { recordAttempt } from "./record-attempt";
import type { Outcome } from "./record-attempt";
import { DAY, id, placedLearner, T0, withEstimate, withMastered } from "./test-fixtures";

const answer = (right: boolean, help: Help = "none"): Outcome => ({ kind: "answer", right, help });

const on = (state: LearnerState, skill: string, outcome: Outcome, at = T0) =>
  recordAttempt(state, { skill: id(skill), at, outcome });

describe("recordAttempt", () => {
  it.each<[string, Outcome, "up" | "down"]>([
    ["a right answer", answer(true), "up"],
    ["a wrong answer", answer(false), "down"],
  ])("moves the estimate %s", (_, outcome, direction) => {
    const state = withEstimate(createLearnerState(), id("S1"), 0.5);
    const after = masteryEstimate(on(state, "S1", outcome), id("S1"), T0);
    if (direction === "up") expect(after).toBeGreaterThan(0.5);
    else expect(after).toBeLessThan(0.5);
  });

  it("credits a right answer after a hint less than an unaided one", () => {
    const state = withEstimate(createLearnerState(), id("S1"), 0.3);
    const unaided = masteryEstimate(on(state, "S1", answer(true)), id("S1"), T0);
    const hinted = masteryEstimate(on(state, "S1", answer(true, "hint")), id("S1"), T0);
    expect(hinted).toBeLessThan(unaided);
  });

  it("lets a worked example teach without counting as evidence of the learning rate", () => {
    const state = createLearnerState();
    const after = on(state, "S1", { kind: "worked-example" });
    expect(masteryEstimate(after, id("S1"), T0)).toBeGreaterThan(
      masteryEstimate(state, id("S1"), T0),
    );
    expect(after.rateWeights).toEqual(state.rateWeights);
    expect(skillState(after, id("S1")).opportunities).toBe(1);
  });

  it("advances the review schedule of a mastered skill, and marks a lapse on a wrong answer", () => {
    const state = withMastered(createLearnerState(), ["S1"], T0);
    const due = skillState(state, id("S1")).card?.due ?? 0;
    const good = skillState(on(state, "S1", answer(true), due), id("S1")).card;
    const lapse = skillState(on(state, "S1", answer(false), due), id("S1")).card;
    expect(good?.due).toBeGreaterThan(lapse?.due ?? Infinity);
    expect(lapse?.lapses).toBe(1);
  });

  it("fits reviews to FSRS's prediction from unaided answers on mastered skills only", () => {
    const state = withMastered(createLearnerState(), ["S1"], T0);
    const card = skillState(state, id("S1")).card;
    const due = card?.due ?? 0;
    const predicted = card ? retrievability(card, due) : NaN;
    expect(on(state, "S1", answer(false), due).reviewFit).toEqual({
      reviews: 1,
      recalled: 0,
      predicted,
    });
    expect(on(state, "S1", answer(true, "hint"), due).reviewFit).toEqual(state.reviewFit);
    expect(on(state, "S2", answer(true), due).reviewFit).toEqual(state.reviewFit);
  });

  it("schedules sooner once reviews fall short of FSRS's prediction", () => {
    const state = withMastered(createLearnerState(), ["S1", "S2"], T0);
    const due = skillState(state, id("S1")).card?.due ?? 0;
    const short = { ...state, reviewFit: { reviews: 20, recalled: 12, predicted: 18 } };
    const dueAfter = (s: LearnerState) =>
      skillState(on(s, "S2", answer(true), due), id("S2")).card?.due;
    expect(dueAfter(short)).toBeLessThan(dueAfter(state) ?? 0);
  });

  it("reads a state stored before the review fit existed", () => {
    // As stored before the field existed: the JSON has no reviewFit at all.
    const stored = JSON.stringify(withMastered(createLearnerState(), ["S1"], T0), (key, value) =>
      key === "reviewFit" ? undefined : (value as unknown),
    );
    const old = JSON.parse(stored) as LearnerState;
    expect("reviewFit" in old).toBe(false);
    const due = skillState(old, id("S1")).card?.due ?? 0;
    const after = on(old, "S1", answer(true), due);
    expect(after.reviewFit?.reviews).toBe(1);
    expect(skillState(after, id("S1")).card?.reviews).toBe(2);
  });

  it("masters a refresher prerequisite once its estimate reaches the bar", () => {
    const base = createLearnerState();
    const state = withSkill(base, id("P2"), {
      ...skillState(withEstimate(base, id("P2"), 0.9), id("P2")),
      refresher: true,
    });
    const after = skillState(on(state, "P2", answer(true)), id("P2"));
    expect(after.refresher).toBe(false);
    expect(after.card).not.toBeNull();
  });

  it("gives implicit credit to mastered prerequisites of a right unaided answer only", () => {
    const state = withMastered(placedLearner(), ["S1"], T0);
    const later = T0 + 3 * DAY;
    const dueOf = (s: LearnerState) => skillState(s, id("S1")).card?.due;
    expect(dueOf(on(state, "S2", answer(true), later))).toBeGreaterThan(dueOf(state) ?? Infinity);
    expect(dueOf(on(state, "S2", answer(false), later))).toBe(dueOf(state));
    expect(dueOf(on(state, "S2", answer(true, "hint"), later))).toBe(dueOf(state));
    const off = recordAttempt(
      state,
      { skill: id("S2"), at: later, outcome: answer(true) },
      { implicitCredit: false },
    );
    expect(dueOf(off)).toBe(dueOf(state));
  });

  it("counts down practice owed after a failed gate", () => {
    const state = { ...createLearnerState(), retake: [{ skill: id("S1"), remaining: 2 }] };
    expect(on(state, "S1", answer(true)).retake).toEqual([{ skill: id("S1"), remaining: 1 }]);
    expect(on(state, "S2", answer(true)).retake).toEqual(state.retake);
  });

  it("survives a round trip through JSON unchanged", () => {
    const state = on(withMastered(placedLearner(), ["S1"], T0), "S2", answer(true), T0 + DAY);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
