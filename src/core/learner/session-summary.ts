import type { SkillId } from "../shared";
import { isDue } from "./fsrs-adapter";
import type { LearnerState } from "./learner-state";
import { masteryEstimate } from "./mastery";
import type { Attempt } from "./record-attempt";

/** One entry of the session's log: an opportunity and whether it was a review. */
export interface SessionEntry {
  readonly attempt: Attempt;
  readonly review: boolean;
}

/** A skill's estimate at the start and the end of the session. */
export interface SkillChange {
  readonly skill: SkillId;
  readonly before: number;
  readonly after: number;
}

/** What a learner sees when a session ends, and what the instructor's view aggregates. */
export interface SessionSummary {
  readonly items: number;
  readonly right: number;
  readonly reviews: number;
  readonly practised: readonly SkillChange[];
  readonly newlyMastered: readonly SkillId[];
  readonly unitsPassed: readonly number[];
  readonly stuck: readonly SkillId[];
  /** Epoch ms of the earliest review due after the session, or null when nothing is scheduled. */
  readonly nextReviewDue: number | null;
  readonly dueNow: number;
}

/** Summarises a session from the states before and after it and its log, at its end `now`. */
export function summarizeSession(
  before: LearnerState,
  after: LearnerState,
  log: readonly SessionEntry[],
  now: number,
): SessionSummary {
  const skills = [...new Set(log.map((entry) => entry.attempt.skill))];
  const answers = log.flatMap((e) =>
    e.attempt.outcome.kind === "answer" ? [e.attempt.outcome] : [],
  );
  const start = log[0]?.attempt.at ?? now;
  const cards = Object.entries(after.skills).flatMap(([id, s]) =>
    s.card ? [{ id, card: s.card }] : [],
  );
  return {
    items: log.length,
    right: answers.filter((a) => a.right).length,
    reviews: log.filter((e) => e.review).length,
    practised: skills.map((skill) => ({
      skill,
      before: masteryEstimate(before, skill, start),
      after: masteryEstimate(after, skill, now),
    })),
    newlyMastered: cards
      .filter(({ id }) => !before.skills[id as SkillId]?.card)
      .map(({ id }) => id as SkillId),
    unitsPassed: after.passedUnits.filter((unit) => !before.passedUnits.includes(unit)),
    stuck: Object.entries(after.skills)
      .filter(([id, s]) => s.stuckFlags > (before.skills[id as SkillId]?.stuckFlags ?? 0))
      .map(([id]) => id as SkillId),
    nextReviewDue: cards.length === 0 ? null : Math.min(...cards.map(({ card }) => card.due)),
    dueNow: cards.filter(({ card }) => isDue(card, now)).length,
  };
}
