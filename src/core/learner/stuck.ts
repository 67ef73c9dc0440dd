import type { SkillId } from "../shared";
import type { Detour, SkillState } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { masteryEstimate } from "./mastery";
import { MODEL } from "./params";
import { graphSkill } from "./skill-graph";

/**
 * The skill's progress record after an opportunity that left its estimate at `estimate`:
 * progress is a new high by at least MODEL.progressStep. Returns whether this opportunity made
 * the skill stuck (MODEL.stuckAfter opportunities without progress, never at the bar); the count then restarts,
 * so a learner who stays stuck is flagged again after as many more.
 */
export function trackProgress(
  skill: SkillState,
  estimate: number,
): { readonly skill: SkillState; readonly stuck: boolean } {
  // Reaching the bar is the progress that matters; beyond it there is no new high to reach.
  if (estimate >= skill.best + MODEL.progressStep || estimate >= MODEL.masteryBar) {
    return {
      skill: { ...skill, best: Math.max(skill.best, estimate), sinceProgress: 0 },
      stuck: false,
    };
  }
  const sinceProgress = skill.sinceProgress + 1;
  if (sinceProgress < MODEL.stuckAfter) return { skill: { ...skill, sinceProgress }, stuck: false };
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
