import type { SkillId } from "../shared";
import { isDue } from "./fsrs-adapter";
import type { ReviewCard } from "./fsrs-adapter";
import { creditTrust, reviewCoverage } from "./implicit-credit";
import type { LearnerState } from "./learner-state";

/** Options of the review pick. */
export interface ReviewPickOptions {
  /** Count implicit credit when scoring a question (the ablation turns it off). */
  readonly implicitCredit: boolean;
  /** The previous item's skill, avoided while another due review remains. */
  readonly avoid?: SkillId;
}

/**
 * The skill whose question best serves the reviews due at `now`, or undefined when none is due.
 * A question on a skill that builds on several due ones reviews them all at once through
 * implicit credit, so it beats reviewing each; ties go to the longest overdue.
 */
export function pickReview(
  state: LearnerState,
  now: number,
  options: ReviewPickOptions,
): SkillId | undefined {
  const carded: { skill: SkillId; card: ReviewCard }[] = [];
  const due = new Set<SkillId>();
  for (const id in state.skills) {
    const card = state.skills[id as SkillId]?.card;
    if (!card) continue;
    carded.push({ skill: id as SkillId, card });
    if (isDue(card, now)) due.add(id as SkillId);
  }
  if (due.size === 0) return undefined;
  const trust = creditTrust(state.creditChecks);
  const score = (skill: SkillId): number => {
    if (skill === options.avoid && due.size > 1) return 0;
    if (options.implicitCredit) return reviewCoverage(skill, due, trust);
    return due.has(skill) ? 1 : 0;
  };
  let best: { skill: SkillId; score: number; due: number } | undefined;
  for (const { skill, card } of carded) {
    const s = score(skill);
    if (s < 1) continue;
    if (!best || s > best.score || (s === best.score && card.due < best.due)) {
      best = { skill, score: s, due: card.due };
    }
  }
  return best?.skill;
}
