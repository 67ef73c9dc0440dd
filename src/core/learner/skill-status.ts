import { SKILLS } from "../course";
import type { SkillId } from "../shared";
import { isDue } from "./fsrs-adapter";
import { skillState } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { unitAccess } from "./unit-access";

/** Where a skill stands on the course map. */
export type SkillStatus = "locked" | "open" | "learning" | "mastered" | "due";

/**
 * A skill is locked with its unit; mastered once its gate is passed (or placement found it
 * known), and due while its review is; learning once practised; open before that.
 */
export function skillStatus(state: LearnerState, skill: SkillId, now: number): SkillStatus {
  const unit = SKILLS.find((s) => s.id === skill)?.unit;
  if (unit === undefined) throw new Error(`No skill ${skill} in the course`);
  const entry = skillState(state, skill);
  if (entry.card) return isDue(entry.card, now) ? "due" : "mastered";
  if (unitAccess(state, unit) === "locked") return "locked";
  return entry.opportunities > 0 ? "learning" : "open";
}
