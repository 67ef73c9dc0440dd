import type { StartPolicy } from "./policy";
import { runPlacement } from "./run-placement";
import { teachingOrder } from "./course-order";
import type { SkillId } from "../../../shared";

/** When a sequential policy moves on from a skill, given the right/wrong answers on it so far. */
export type MoveOn = (answers: readonly boolean[]) => boolean;

/**
 * A policy without a learner model: placement, then each skill in teaching order until `moveOn`
 * says so, declaring it mastered; no review. The model still watches, to score its predictions.
 */
export function sequentialPolicy(moveOn: MoveOn): StartPolicy {
  return (tutor) => {
    let order: readonly SkillId[] | undefined;
    let index = 0;
    let answers: boolean[] = [];
    return {
      session(maxItems) {
        let items = 0;
        if (!order) {
          items += runPlacement(tutor);
          order = teachingOrder(tutor.model);
        }
        for (let skill = order[index]; skill && items < maxItems; skill = order[index]) {
          answers.push(tutor.answer(skill, "none", "learn"));
          items += 1;
          if (!moveOn(answers)) continue;
          tutor.declare(skill);
          index += 1;
          answers = [];
        }
      },
    };
  };
}

/** Items per skill of the "fixed" policy: a typical problem set's length. */
export const FIXED_ITEMS = 8;
/** The "three-in-a-row" policy gives up on a skill after this many items, declaring it done. */
export const STREAK_CAP = 20;

/** Fixed practice: FIXED_ITEMS items per skill. */
export const fixedPolicy = sequentialPolicy((answers) => answers.length >= FIXED_ITEMS);

/** Three right in a row (capped at STREAK_CAP items). */
export const threeInARowPolicy = sequentialPolicy(
  (answers) =>
    answers.length >= STREAK_CAP || (answers.length >= 3 && answers.slice(-3).every(Boolean)),
);
