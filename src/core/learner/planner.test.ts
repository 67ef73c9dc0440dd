import { describe, expect, it } from "vitest";
import { createLearnerState, skillState, withSkill } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { MODEL } from "./params";
import { currentUnit, nextStep, scaffoldFor } from "./planner";
import type { SessionProgress } from "./planner";
import { DAY, id, placedLearner, T0, withEstimate, withMastered } from "./test-fixtures";

const fresh: SessionProgress = { items: 0, reviews: 0 };
const plan = { maxItems: 30 };

/** A placed learner who has mastered unit 1 long ago, so its reviews are due on `now`. */
const afterUnit1 = (): LearnerState => ({
  ...withMastered(placedLearner(), ["S1", "S2", "S3"], T0),
  passedUnits: [1],
});

describe("planner", () => {
  it("starts with placement", () => {
    expect(nextStep(createLearnerState(), T0, fresh, plan)).toEqual({ kind: "placement" });
  });

  it("opens the session with due reviews", () => {
    expect(nextStep(afterUnit1(), T0 + 60 * DAY, fresh, plan).kind).toBe("review");
  });

  it("bounds reviews to their share of the session while there is new material", () => {
    const reviews = Math.ceil(MODEL.reviewShare * plan.maxItems);
    const step = nextStep(afterUnit1(), T0 + 60 * DAY, { items: reviews, reviews }, plan);
    expect(step.kind).toBe("practice");
  });

  it("skips reviews when spaced review is off", () => {
    expect(nextStep(afterUnit1(), T0 + 60 * DAY, fresh, { ...plan, reviews: false }).kind).toBe(
      "practice",
    );
  });

  it("practises the current unit's weakest ready skill", () => {
    const state = withEstimate(withEstimate(placedLearner(), id("S1"), 0.9), id("S3"), 0.5);
    const step = nextStep(withEstimate(state, id("S2"), 0.7), T0, fresh, plan);
    expect(step).toMatchObject({ kind: "practice", skill: id("S3"), reason: "weakest" });
  });

  it("holds back a skill whose prerequisite is not ready", () => {
    // S2 needs S1; with S1 below the ready bar, S1 is practised even though S2 is weaker.
    const state = withEstimate(withEstimate(placedLearner(), id("S1"), 0.5), id("S2"), 0.05);
    expect(nextStep(withEstimate(state, id("S3"), 0.99), T0, fresh, plan)).toMatchObject({
      skill: id("S1"),
    });
  });

  it("sends to a refresher prerequisite before what needs it", () => {
    const base = placedLearner();
    const p1 = {
      ...skillState(base, id("P1")),
      card: null,
      refresher: true,
      known: skillState(base, id("S1")).known,
    };
    expect(nextStep(withSkill(base, id("P1"), p1), T0, fresh, plan)).toMatchObject({
      skill: id("P1"),
    });
  });

  it.each([
    [0, 0.05, "worked-example"],
    [1, 0.2, "faded"],
    [1, MODEL.fadeBar, "bare"],
    [4, 0.8, "bare"],
  ] as const)(
    "scaffolds a skill after %i opportunities at estimate %f as %s",
    (opportunities, p, scaffold) => {
      const state = withEstimate(placedLearner(), id("S1"), p);
      const entry = { ...skillState(state, id("S1")), opportunities };
      expect(scaffoldFor(withSkill(state, id("S1"), entry), id("S1"), T0)).toBe(scaffold);
    },
  );

  it("offers the gate once every skill of the unit is at the bar", () => {
    const state = ["S1", "S2", "S3"].reduce(
      (s, k) => withEstimate(s, id(k), 0.97),
      placedLearner(),
    );
    expect(nextStep(state, T0, fresh, plan)).toEqual({ kind: "gate", unit: 1 });
  });

  it("stops practice and offers the gate as soon as every skill reaches the opening bar", () => {
    const below = withEstimate(placedLearner(), id("S3"), MODEL.gateOpenBar - 0.01);
    const state = ["S1", "S2"].reduce((s, k) => withEstimate(s, id(k), MODEL.gateOpenBar), below);
    expect(nextStep(state, T0, fresh, plan)).toMatchObject({ kind: "practice", skill: id("S3") });
    const open = withEstimate(state, id("S3"), MODEL.gateOpenBar);
    expect(nextStep(open, T0, fresh, plan)).toEqual({ kind: "gate", unit: 1 });
  });

  it("does not practise a skill a failed gate already cleared", () => {
    const state = withEstimate(withEstimate(placedLearner(), id("S1"), 0.97), id("S2"), 0.97);
    const cleared = { ...withEstimate(state, id("S3"), 0.5), gateCleared: [id("S3")] };
    expect(nextStep(cleared, T0, fresh, plan)).toEqual({ kind: "gate", unit: 1 });
  });

  it("puts a stuck skill's detour and a failed gate's practice before the weakest skill", () => {
    const base = withEstimate(placedLearner(), id("S1"), 0.9);
    const detour = { ...base, detour: { from: id("S2"), skill: id("P3"), remaining: 2 } };
    expect(nextStep(detour, T0, fresh, plan)).toMatchObject({ skill: id("P3"), reason: "detour" });
    const retake = { ...base, retake: [{ skill: id("S1"), remaining: 1 }] };
    expect(nextStep(retake, T0, fresh, plan)).toMatchObject({ skill: id("S1"), reason: "retake" });
  });

  it("ends the session at its chosen length", () => {
    expect(nextStep(placedLearner(), T0, { items: 30, reviews: 0 }, plan)).toEqual({
      kind: "end",
      reason: "length",
    });
  });

  it("after the last unit, reviews what is due and otherwise ends", () => {
    const units = [1, 2, 3, 4, 5];
    const all = Object.keys(placedLearner().skills);
    const done = { ...withMastered(placedLearner(), all, T0), passedUnits: units };
    expect(currentUnit(done)).toBeUndefined();
    expect(nextStep(done, T0 + DAY / 2, fresh, plan)).toEqual({
      kind: "end",
      reason: "nothing-to-do",
    });
    const late = nextStep(done, T0 + 90 * DAY, { items: 20, reviews: 20 }, plan);
    expect(late.kind).toBe("review");
  });
});
