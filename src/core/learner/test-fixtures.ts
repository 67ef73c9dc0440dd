import { asSkillId } from "../shared";
import type { SkillId } from "../shared";
import { recordReview } from "./fsrs-adapter";
import { RATE_GRID } from "./learning-rate";
import { createLearnerState, skillState, withSkill } from "./learner-state";
import type { LearnerState } from "./learner-state";

/** Shared set-ups for the learner model's tests (imported only by *.test.ts files). */

/** A day in ms, and a fixed clock start: a Monday at 18:00 UTC. */
export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 0, 5, 18);
/** Short for asSkillId in test tables. */
export const id = asSkillId;

/** The state with a skill's estimate set to `p` under every rate hypothesis. */
export function withEstimate(state: LearnerState, skill: SkillId, p: number): LearnerState {
  return withSkill(state, skill, { ...skillState(state, skill), known: RATE_GRID.map(() => p) });
}

/** The state with skills mastered at `at` (known, with a fresh review card). */
export function withMastered(
  state: LearnerState,
  skills: readonly string[],
  at: number,
): LearnerState {
  return skills.reduce((next, name) => {
    const skill = id(name);
    const entry = skillState(withEstimate(next, skill, 0.99), skill);
    return withSkill(next, skill, { ...entry, card: recordReview(null, at, "good") });
  }, state);
}

/** A placed learner who knows every prerequisite (P1–P6), as after a clean placement. */
export function placedLearner(at: number = T0): LearnerState {
  const state = { ...createLearnerState(), placed: true };
  return withMastered(state, ["P1", "P2", "P3", "P4", "P5", "P6"], at);
}
