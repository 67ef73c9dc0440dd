import { default_w, fsrs, Rating } from "ts-fsrs";
import type { Grade } from "ts-fsrs";
import { assertNever } from "../shared";

/** How a review went, in Pullback's words (mapped to FSRS ratings only in this file). */
export type ReviewGrade = "again" | "hard" | "good";

/** The spaced-review memory of one mastered skill: plain numbers, storable as JSON. */
export interface ReviewCard {
  /** FSRS stability: days until recall falls to 90%. */
  readonly stability: number;
  /** FSRS difficulty, 1–10. */
  readonly difficulty: number;
  /** Epoch ms of the last review (or the equivalent time after a discounted one). */
  readonly lastReview: number;
  /** Epoch ms when the next review is due. */
  readonly due: number;
  readonly reviews: number;
  readonly lapses: number;
  /** Whether implicit credit fell on the card since its last real review (even at zero trust). */
  readonly credited: boolean;
  /** Epoch ms past which implicit credit may not push the due date (see CREDIT_REACH). */
  readonly creditLimit: number;
}

/** The FSRS settings: desired retention 0.9; days-scale only, since practice within a day is
 *  the planner's job; no fuzz, so schedules are reproducible; a year at most between reviews. */
export const FSRS_SETTINGS = {
  request_retention: 0.9,
  maximum_interval: 365,
  enable_fuzz: false,
  enable_short_term: false,
} as const;

/**
 * Implicit credit may stretch the interval of the last real review at most this many times, so
 * that every skill still meets a real question now and then, which is what checks the credit.
 */
export const CREDIT_REACH = 3;

const scheduler = fsrs(FSRS_SETTINGS);
const schedulers = new Map<number, typeof scheduler>([
  [FSRS_SETTINGS.request_retention, scheduler],
]);

/**
 * The scheduler asking for `retention` (rounded to 0.01, so there are few): a learner whose
 * reviews recall less than FSRS predicts asks for more (see review-fit.ts).
 */
function schedulerFor(retention: number): typeof scheduler {
  const key = Math.round(retention * 100) / 100;
  let found = schedulers.get(key);
  if (!found) {
    found = fsrs({ ...FSRS_SETTINGS, request_retention: key });
    schedulers.set(key, found);
  }
  return found;
}
const DAY = 86_400_000;
const decay = default_w[20] ?? 0.5;
// FSRS-6's curve R(t) = (1 + factor · t / S)^(−decay), with factor chosen so that R(S) = 0.9.
const factor = 0.9 ** (-1 / decay) - 1;

function toRating(grade: ReviewGrade): Grade {
  switch (grade) {
    case "again":
      return Rating.Again;
    case "hard":
      return Rating.Hard;
    case "good":
      return Rating.Good;
    default:
      return assertNever(grade);
  }
}

/** P(recall) of the skill at `now` by the FSRS forgetting curve. */
export function retrievability(card: ReviewCard, now: number): number {
  const days = Math.max(0, now - card.lastReview) / DAY;
  return (1 + (factor * days) / card.stability) ** -decay;
}

/**
 * The card after a review at `now`; `card` null starts the schedule of a newly mastered skill.
 * The next review is due when recall is predicted to fall to `retention`.
 */
export function recordReview(
  card: ReviewCard | null,
  now: number,
  grade: ReviewGrade,
  retention: number = FSRS_SETTINGS.request_retention,
): ReviewCard {
  const days = card ? Math.max(0, now - card.lastReview) / DAY : 0;
  const memory = card ? { stability: card.stability, difficulty: card.difficulty } : null;
  const next = scheduler.next_state(memory, days, toRating(grade));
  const interval = schedulerFor(retention).next_interval(next.stability, days) * DAY;
  return {
    stability: next.stability,
    difficulty: next.difficulty,
    lastReview: now,
    due: now + interval,
    reviews: (card?.reviews ?? 0) + 1,
    lapses: (card?.lapses ?? 0) + (grade === "again" ? 1 : 0),
    credited: false,
    creditLimit: now + CREDIT_REACH * interval,
  };
}

/**
 * A discounted successful review, as implicit credit gives one: stability and retrievability
 * each move `share` of the way towards what a full "good" review would give. The card keeps a
 * continuous forgetting curve by backdating its last review to where the curve meets the new
 * retrievability.
 */
export function creditReview(
  card: ReviewCard,
  now: number,
  share: number,
  retention: number = FSRS_SETTINGS.request_retention,
): ReviewCard {
  const before = retrievability(card, now);
  // Just reviewed: a full review would change nothing either (FSRS gains nothing at R = 1).
  if (before > 0.995) return card;
  const days = Math.max(0, now - card.lastReview) / DAY;
  const memory = { stability: card.stability, difficulty: card.difficulty };
  const full = scheduler.next_state(memory, days, Rating.Good);
  const stability = card.stability + share * (full.stability - card.stability);
  const target = before + share * (1 - before);
  const elapsedDays = (stability / factor) * (target ** (-1 / decay) - 1);
  const lastReview = now - elapsedDays * DAY;
  const interval = schedulerFor(retention).next_interval(stability, 0) * DAY;
  const due = Math.max(now, Math.min(card.creditLimit, lastReview + interval));
  return { ...card, stability, lastReview, due, credited: true };
}

/** Whether a review of the skill is due at `now`. */
export function isDue(card: ReviewCard, now: number): boolean {
  return card.due <= now;
}
