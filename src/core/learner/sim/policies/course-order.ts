import { SKILLS } from "../../../course";
import type { SkillId } from "../../../shared";
import type { LearnerState } from "../../learner-state";

/** The course's skills (units 1 and up) in teaching order: what the simulator measures. */
export const COURSE_SKILLS: readonly SkillId[] = SKILLS.filter((s) => s.unit > 0).map((s) => s.id);

/**
 * What a policy without a learner model teaches, in order: the prerequisites placement flagged
 * for a refresher, then the course's skills.
 */
export function teachingOrder(placed: LearnerState): readonly SkillId[] {
  const refreshers = SKILLS.filter((s) => placed.skills[s.id]?.refresher).map((s) => s.id);
  return [...refreshers, ...COURSE_SKILLS];
}
