import type { SkillId } from "../shared";
import type { Detour, SkillState } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { masteryEstimate } from "./mastery";
import { MODEL } from "./params";
import { graphSkill } from "./skill-graph";

/**
 * Opportunities without progress before a skill is flagged stuck: so many that a learner at the
 * population's learning probability of the skill (`learn`) would still be without it at most
 * MODEL.stuckChance of the time, and never fewer than MODEL.stuckAfter. A fixed 10 flagged two
 * learners in three, mostly on the slowest skills (learn 0.15), where 10 misses in a row happen
 * to a fifth of learners learning normally. The population rate, not the learner's estimated
 * one: a slow learner's misses would otherwise excuse themselves.
 */
export function stuckPatience(learn: number): number {
  const expected = Math.ceil(Math.log(MODEL.stuckChance) / Math.log(1 - learn));
  return Math.max(MODEL.stuckAfter, expected);
}

/**
 * The skill's progress record after an opportunity that left its estimate at `estimate`:
 * progress is a new high by at least MODEL.progressStep. Returns whether this opportunity made
 * the skill stuck (`patience` opportunities without progress, never at the bar); the count then
 * restarts, so a learner who stays stuck is flagged again after as many more.
 */
export function trackProgress(
  skill: SkillState,
  estimate: number,
  patience: number,
): { readonly skill: SkillState; readonly stuck: boolean } {
  // Reaching the bar is the progress that matters; beyond it there is no new high to reach.
  if (estimate >= skill.best + MODEL.progressStep || estimate >= MODEL.gateOpenBar) {
    return {
      skill: { ...skill, best: Math.max(skill.best, estimate), sinceProgress: 0 },
      stuck: false,
    };
  }
  const sinceProgress = skill.sinceProgress + 1;
  if (sinceProgress < patience) return { skill: { ...skill, sinceProgress }, stuck: false };
  return {
    skill: { ...skill, sinceProgress: 0, stuckFlags: skill.stuckFlags + 1 },
    stuck: true,
  };
}

/** The prerequisite with the lowest estimate at `now`, or undefined for a skill with none. */
export function weakestPrerequisite(
  state: LearnerState,
  skill: SkillId,
  now: number,
): SkillId | undefined {
  let weakest: { skill: SkillId; estimate: number } | undefined;
  for (const edge of graphSkill(skill).prerequisites) {
    const estimate = masteryEstimate(state, edge.skill, now);
    if (!weakest || estimate < weakest.estimate) weakest = { skill: edge.skill, estimate };
  }
  return weakest?.skill;
}

/** The detour a stuck skill sends the learner on: a few items on its weakest prerequisite. */
export function detourFor(state: LearnerState, skill: SkillId, now: number): Detour | null {
  const target = weakestPrerequisite(state, skill, now);
  return target ? { from: skill, skill: target, remaining: MODEL.detourItems } : null;
}
