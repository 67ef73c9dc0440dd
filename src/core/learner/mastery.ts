import type { SkillId } from "../shared";
import { likelihood, predictRight } from "./bkt";
import type { Help } from "./bkt";
import { retrievability } from "./fsrs-adapter";
import { graphSkill } from "./skill-graph";
import { overRates } from "./learning-rate";
import { skillState } from "./learner-state";
import type { LearnerState, SkillState } from "./learner-state";
import { bktParams, MODEL } from "./params";

/**
 * P(known now) under each rate hypothesis: the BKT estimate as of the last attempt, times the
 * FSRS retrievability once the skill is mastered, since a mastered skill is forgotten over days.
 */
export function knownNow(skill: SkillState, now: number): readonly number[] {
  if (!skill.card) return skill.known;
  const recall = retrievability(skill.card, now);
  return skill.known.map((p) => p * recall);
}

/** The mastery estimate: P(the learner knows the skill at `now`), averaged over rate hypotheses. */
export function masteryEstimate(state: LearnerState, skill: SkillId, now: number): number {
  return overRates(state.rateWeights, knownNow(skillState(state, skill), now));
}

/** The model's P(a right answer) on the skill at `now`: what AUC and log loss are computed from. */
export function predictAnswer(
  state: LearnerState,
  skill: SkillId,
  now: number,
  help: Help,
): number {
  const like = likelihood(bktParams(skill), help);
  const known = knownNow(skillState(state, skill), now);
  return overRates(
    state.rateWeights,
    known.map((p) => predictRight(p, like)),
  );
}

/** Whether the skill is mastered: its unit's gate was passed, or placement found it known. */
export function isMastered(state: LearnerState, skill: SkillId): boolean {
  return skillState(state, skill).card !== null;
}

/** Whether every prerequisite is mastered or estimated at the ready bar, so the skill can be practised. */
export function isReady(state: LearnerState, skill: SkillId, now: number): boolean {
  return graphSkill(skill).prerequisites.every(
    (edge) =>
      isMastered(state, edge.skill) || masteryEstimate(state, edge.skill, now) >= MODEL.readyBar,
  );
}
