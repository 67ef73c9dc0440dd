import { describe, expect, it } from "vitest";
import { createLearnerState, skillState } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { MODEL } from "./params";
import { recordAttempt } from "./record-attempt";
import { stuckPatience, trackProgress, weakestPrerequisite } from "./stuck";
import { id, placedLearner, T0, withEstimate } from "./test-fixtures";

/** `count` wrong answers on a skill, a minute apart. */
function miss(state: LearnerState, skill: string, count: number): LearnerState {
  let next = state;
  for (let i = 0; i < count; i++) {
    next = recordAttempt(next, {
      skill: id(skill),
      at: T0 + i * 60_000,
      outcome: { kind: "answer", right: false, help: "none" },
    });
  }
  return next;
}

describe("stuck rule", () => {
  it("flags a skill after `patience` opportunities without progress, not before", () => {
    const entry = skillState(createLearnerState(), id("S1"));
    let tracked = { skill: entry, stuck: false };
    const flags: boolean[] = [];
    for (let i = 0; i < 12; i++) {
      tracked = trackProgress(tracked.skill, entry.best, 12);
      flags.push(tracked.stuck);
    }
    expect(flags.indexOf(true)).toBe(11);
    expect(tracked.skill.stuckFlags).toBe(1);
  });

  it.each([
    [0.3, MODEL.stuckAfter],
    [0.2, 14],
    [0.15, 19],
    [0.1, 29],
  ])(
    "waits, at learning probability %f, %i opportunities: 95% of learners would have learned",
    (learn, patience) => {
      expect(stuckPatience(learn)).toBe(patience);
    },
  );

  it("restarts the count when the estimate reaches a new high", () => {
    const entry = { ...skillState(createLearnerState(), id("S1")), sinceProgress: 9 };
    const tracked = trackProgress(entry, entry.best + 0.1, 10);
    expect(tracked).toMatchObject({ stuck: false, skill: { sinceProgress: 0 } });
  });

  it("never flags a skill at the bar where its practice stops", () => {
    const entry = { ...skillState(createLearnerState(), id("S1")), best: 0.99, sinceProgress: 9 };
    expect(trackProgress(entry, MODEL.gateOpenBar, 10).stuck).toBe(false);
    expect(trackProgress(entry, MODEL.gateOpenBar - 0.01, 10).stuck).toBe(true);
  });

  it("does not flag a slow skill after ten misses that a learner at its rate often has", () => {
    const stuck = miss(placedLearner(), "S5", 10);
    expect(skillState(stuck, id("S5")).stuckFlags).toBe(0);
  });

  it("sends a stuck learner to the weakest prerequisite", () => {
    const state = withEstimate(withEstimate(placedLearner(), id("P3"), 0.4), id("S1"), 0.96);
    const stuck = miss(state, "S2", 30);
    expect(skillState(stuck, id("S2")).stuckFlags).toBeGreaterThan(0);
    expect(stuck.detour).toMatchObject({ from: id("S2"), skill: id("P3") });
    expect(weakestPrerequisite(state, id("S2"), T0)).toBe(id("P3"));
  });

  it("ends the detour after its items on the prerequisite", () => {
    const state = {
      ...placedLearner(),
      detour: { from: id("S2"), skill: id("P3"), remaining: MODEL.detourItems },
    };
    const after = Array.from({ length: MODEL.detourItems }).reduce<LearnerState>(
      (next, _, i) =>
        recordAttempt(next, {
          skill: id("P3"),
          at: T0 + i,
          outcome: { kind: "answer", right: true, help: "none" },
        }),
      state,
    );
    expect(after.detour).toBeNull();
  });
});
