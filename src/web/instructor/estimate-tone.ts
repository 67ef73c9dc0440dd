/** How a learner stands on a skill, for the colour of a class table cell. */
export type EstimateTone = "mastered" | "learning" | "weak";

/** Below this estimate a skill is weak; from it up to mastery, being learnt. */
const LEARNING_FROM = 0.5;

/** The tone of one estimate: mastered when the learner model says so, else by the estimate. */
export function estimateTone(estimate: number, mastered: boolean): EstimateTone {
  if (mastered) return "mastered";
  return estimate >= LEARNING_FROM ? "learning" : "weak";
}
