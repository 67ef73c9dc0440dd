import { describe, expect, it } from "vitest";
import type { SkillId } from "../shared";
import { createLearnerState, skillState } from "./learner-state";
import {
  answerPlacement,
  finishPlacement,
  nextPlacementSkill,
  PLACEMENT,
  startPlacement,
} from "./placement";
import type { PlacementState } from "./placement";
import { id, T0 } from "./test-fixtures";

/** Runs placement to its end for a learner who answers by `knows`. */
function run(knows: (skill: SkillId) => boolean): PlacementState {
  let placement = startPlacement();
  for (let skill = nextPlacementSkill(placement); skill; skill = nextPlacementSkill(placement)) {
    placement = answerPlacement(placement, skill, knows(skill));
  }
  return placement;
}

const estimate = (placement: PlacementState, skill: string) =>
  placement.estimates[id(skill)] ?? NaN;

describe("placement", () => {
  it("counts a right answer as evidence for the prerequisites of the skill", () => {
    const start = startPlacement();
    const after = answerPlacement(start, id("S1"), true);
    expect(estimate(after, "P1")).toBeGreaterThan(estimate(start, "P1"));
    expect(estimate(after, "P2")).toBeGreaterThan(estimate(start, "P2"));
    expect(estimate(after, "P5")).toBe(estimate(start, "P5"));
  });

  it("counts a wrong answer as evidence against what depends on the skill", () => {
    const start = startPlacement();
    const after = answerPlacement(start, id("P2"), false);
    expect(estimate(after, "P6")).toBeLessThan(estimate(start, "P6"));
    expect(estimate(after, "S1")).toBeLessThan(estimate(start, "S1"));
    expect(estimate(after, "P3")).toBe(estimate(start, "P3"));
  });

  it("passes a probe's evidence at 0.8 per hop but a prerequisite's to another at only 0.4", () => {
    const start = startPlacement();
    const moved = (skill: string) =>
      estimate(answerPlacement(start, id(skill), true), "P3") - estimate(start, "P3");
    // S2 and P4 both build on P3 with weight 1, one hop: only the share differs.
    expect(moved("S2") / moved("P4")).toBeCloseTo(
      PLACEMENT.perHop / PLACEMENT.perHopBetweenPrerequisites,
    );
  });

  it("leaves P3 open to question after two right answers about transposes (P4)", () => {
    const start = startPlacement();
    const twice = answerPlacement(answerPlacement(start, id("P4"), true), id("P4"), true);
    // At 0.8 per hop P3 was at 0.96 here, settled without a question of its own.
    expect(estimate(twice, "P3")).toBeLessThan(0.9);
  });

  it("still asks about P3 a learner who gets P4 right but P3 wrong, and flags P3", () => {
    const state = finishPlacement(
      createLearnerState(),
      run((s) => s !== "P3" && s.startsWith("P")),
      T0,
    );
    expect(skillState(state, id("P3")).refresher).toBe(true);
  });

  it.each([
    ["knows everything", () => true],
    ["knows nothing", () => false],
    ["knows only P1–P3", (skill: SkillId) => ["P1", "P2", "P3"].includes(skill)],
  ])("asks at most 12 items of a learner who %s", (_, knows) => {
    expect(run(knows).asked.length).toBeLessThanOrEqual(PLACEMENT.maxItems);
  });

  it("places a learner who knows every prerequisite out of all of them", () => {
    const state = finishPlacement(
      createLearnerState(),
      run(() => true),
      T0,
    );
    expect(
      ["P1", "P2", "P3", "P4", "P5", "P6"].every((s) => skillState(state, id(s)).card !== null),
    ).toBe(true);
    expect(state.placed).toBe(true);
  });

  it("marks the missing prerequisites for refresher practice and keeps the known ones", () => {
    const missing = ["P4", "P6"];
    const state = finishPlacement(
      createLearnerState(),
      run((s) => !missing.includes(s) && s.startsWith("P")),
      T0,
    );
    const refreshers = ["P1", "P2", "P3", "P4", "P5", "P6"].filter(
      (s) => skillState(state, id(s)).refresher,
    );
    expect(refreshers).toEqual(missing);
  });
});
