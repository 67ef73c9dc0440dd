import { FSRS_SETTINGS } from "./fsrs-adapter";

/**
 * How this learner's real reviews went against FSRS's prediction: unaided answers on mastered
 * skills, how many were right, and the sum of the retrievability FSRS predicted for each.
 */
export interface ReviewFit {
  readonly reviews: number;
  readonly recalled: number;
  readonly predicted: number;
}

/** No reviews yet: a new learner, and a state stored before this field existed. */
export const NO_REVIEW_FIT: ReviewFit = { reviews: 0, recalled: 0, predicted: 0 };

/**
 * The prior: worth this many reviews recalled exactly as predicted. 4, not 10: with placement
 * misplacing P3 less (placement.ts), fewer practice items leave less stability where nothing
 * else exercises a skill, and recall at day 30 without transfer fell to 0.8986 (target 0.90);
 * a fit that reacts after fewer reviews kept it at 0.904 for no extra reviews (1000 learners).
 */
const PRIOR_REVIEWS = 4;
/** The most retention a learner's schedule asks for: beyond it, reviews crowd out new material. */
const MAX_RETENTION = 0.97;

/** The fit after one real, unaided review that FSRS predicted would be recalled with `predicted`. */
export function addReview(
  fit: ReviewFit | undefined,
  predicted: number,
  right: boolean,
): ReviewFit {
  const before = fit ?? NO_REVIEW_FIT;
  return {
    reviews: before.reviews + 1,
    recalled: before.recalled + (right ? 1 : 0),
    predicted: before.predicted + predicted,
  };
}

/**
 * The retention this learner's schedule asks for: FSRS's 0.9 plus how far their reviews fell
 * short of FSRS's prediction, up to MAX_RETENTION. FSRS's default weights are fitted to a
 * population of flashcard users; a learner who forgets faster than they predict (or whose
 * course skills hold less after a gate than a card after a first "good") would otherwise be
 * reviewed too late every time. Never below 0.9: recalling better than predicted is what
 * implicit credit already rewards.
 */
export function learnerRetention(fit: ReviewFit | undefined): number {
  const { reviews, recalled, predicted } = fit ?? NO_REVIEW_FIT;
  const shortfall = (predicted - recalled) / (reviews + PRIOR_REVIEWS);
  const target = FSRS_SETTINGS.request_retention + Math.max(0, shortfall);
  return Math.min(MAX_RETENTION, target);
}
