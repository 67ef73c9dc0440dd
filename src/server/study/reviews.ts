import type { ReviewsReply } from "../../api";
import { skillTitle } from "../../core/course";
import { isDue, type LearnerState } from "../../core/learner";
import { asSkillId } from "../../core/shared";

const DAY = 86_400_000;
/** How many days ahead the calendar of due reviews looks. */
export const REVIEW_DAYS = 14;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The learner's due reviews now, and how many fall due on each of the next days (UTC). */
export function reviewsView(state: LearnerState, now: number): ReviewsReply {
  const cards = Object.entries(state.skills).flatMap(([skill, entry]) =>
    entry.card ? [{ skill: asSkillId(skill), card: entry.card }] : [],
  );
  const due = cards
    .filter(({ card }) => isDue(card, now))
    .sort((a, b) => a.card.due - b.card.due)
    .map(({ skill, card }) => ({
      skill,
      title: skillTitle(skill),
      due: new Date(card.due).toISOString(),
    }));
  const byDay = Array.from({ length: REVIEW_DAYS }, (_, i) => ({
    day: dayOf(now + i * DAY),
    count: 0,
  }));
  for (const { card } of cards) {
    // Overdue reviews count today.
    const index = Math.max(0, Math.floor(card.due / DAY) - Math.floor(now / DAY));
    const slot = byDay[index];
    if (slot) slot.count += 1;
  }
  return { due, byDay };
}
