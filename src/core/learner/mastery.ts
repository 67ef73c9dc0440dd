import type { SkillId } from "../shared";
import { likelihood, predictRight } from "./bkt";
import type { Help, Likelihood } from "./bkt";
import { retrievability } from "./fsrs-adapter";
import { graphSkill } from "./skill-graph";
import { guessAtLevel, GUESS_GRID, HYPOTHESES, levelOf, perHypothesis } from "./guess-rate";
import { overRates } from "./learning-rate";
import { jointWeights, skillState } from "./learner-state";
import type { LearnerState, SkillState } from "./learner-state";
import { bktParams, MODEL } from "./params";

/**
 * P(known now) under each joint hypothesis (guess level, rate): the BKT estimate as of the last
 * attempt, times the FSRS retrievability once the skill is mastered, since a mastered skill is
 * forgotten over days.
 */
export function knownNow(skill: SkillState, now: number): readonly number[] {
  const known = perHypothesis(skill.known);
  if (!skill.card) return known;
  const recall = retrievability(skill.card, now);
  return known.map((p) => p * recall);
}

/** The likelihood of a right answer under each joint hypothesis: its guess level sets the guess. */
export function likelihoodByHypothesis(skill: SkillId, help: Help): readonly Likelihood[] {
  const key = `${skill}/${help}`;
  let found = likelihoods.get(key);
  if (!found) {
    const params = bktParams(skill);
    const byLevel = GUESS_GRID.map((level) =>
      likelihood({ ...params, guess: guessAtLevel(params.guess, level) }, help),
    );
    found = Array.from(
      { length: HYPOTHESES },
      (_, h) => byLevel[levelOf(h)] ?? likelihood(params, help),
    );
    likelihoods.set(key, found);
  }
  return found;
}

const likelihoods = new Map<string, readonly Likelihood[]>();

/** The mastery estimate: P(the learner knows the skill at `now`), averaged over rate hypotheses. */
export function masteryEstimate(state: LearnerState, skill: SkillId, now: number): number {
  return overRates(jointWeights(state), knownNow(skillState(state, skill), now));
}

/** The model's P(a right answer) on the skill at `now`: what AUC and log loss are computed from. */
export function predictAnswer(
  state: LearnerState,
  skill: SkillId,
  now: number,
  help: Help,
): number {
  const like = likelihoodByHypothesis(skill, help);
  const known = knownNow(skillState(state, skill), now);
  return overRates(
    jointWeights(state),
    known.map((p, h) => predictRight(p, like[h] ?? likelihood(bktParams(skill), help))),
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
