import type { SkillId } from "../shared";
import { likelihood, posterior, predictRight, transition } from "./bkt";
import type { Help } from "./bkt";
import { recordReview, retrievability } from "./fsrs-adapter";
import type { ReviewCard, ReviewGrade } from "./fsrs-adapter";
import { applyImplicitCredit } from "./implicit-credit";
import { learnOverHypotheses, rateMarginal, updateWeights } from "./guess-rate";
import { overRates } from "./learning-rate";
import { jointWeights, skillState } from "./learner-state";
import type { Detour, LearnerState, Owed, SkillState } from "./learner-state";
import { knownNow, likelihoodByHypothesis } from "./mastery";
import { bktParams, MODEL } from "./params";
import { addReview, learnerRetention } from "./review-fit";
import type { ReviewFit } from "./review-fit";
import { detourFor, stuckPatience, trackProgress } from "./stuck";

/** What happened on one opportunity: a graded answer, or a worked example studied (no answer). */
export type Outcome =
  | { readonly kind: "answer"; readonly right: boolean; readonly help: Help }
  | { readonly kind: "worked-example" };

/** One opportunity on a skill at a time (epoch ms). */
export interface Attempt {
  readonly skill: SkillId;
  readonly at: number;
  readonly outcome: Outcome;
}

/** Switches for ablations; the course runs with the defaults. */
export interface RecordOptions {
  /** Credit prerequisites of a right answer as discounted reviews (default true). */
  readonly implicitCredit?: boolean;
}

/**
 * The learner state after one opportunity: BKT and the learning-rate posterior updated, the
 * review schedule of a mastered skill advanced, progress and stuck tracked, owed practice
 * counted down, and prerequisites credited.
 */
export function recordAttempt(
  state: LearnerState,
  attempt: Attempt,
  options: RecordOptions = {},
): LearnerState {
  const { skill, at, outcome } = attempt;
  const before = skillState(state, skill);
  const { known, weights } = updateKnowledge(state, before, attempt);
  const rateWeights = rateMarginal(weights);
  const { card, reviewFit } = review(state, before, attempt);
  let entry: SkillState = { ...before, known, opportunities: before.opportunities + 1, card };
  const estimate = overRates(weights, known);
  const owed = countDown(state, skill);
  let detour = owed.detour;
  if (!entry.card) {
    const progress = trackProgress(entry, estimate, stuckPatience(bktParams(skill).learn));
    entry = progress.skill;
    if (progress.stuck) detour = detourFor({ ...state, rateWeights, weights }, skill, at) ?? detour;
  }
  if (entry.refresher && estimate >= MODEL.masteryBar) {
    const first = recordReview(null, at, "good", learnerRetention(reviewFit));
    entry = { ...entry, refresher: false, card: first };
  }
  const next: LearnerState = {
    ...state,
    rateWeights,
    weights,
    reviewFit,
    creditChecks: checkCredit(state, before, outcome),
    retake: owed.retake,
    detour,
    skills: { ...state.skills, [skill]: entry },
  };
  const credit = options.implicitCredit ?? true;
  const unaidedRight = outcome.kind === "answer" && outcome.right && outcome.help === "none";
  return credit && unaidedRight ? applyImplicitCredit(next, skill, at) : next;
}

function updateKnowledge(
  state: LearnerState,
  entry: SkillState,
  { skill, at, outcome }: Attempt,
): { known: readonly number[]; weights: readonly number[] } {
  const params = bktParams(skill);
  const prior = knownNow(entry, at);
  const learn = learnOverHypotheses(params.learn);
  const learnAt = (h: number) => learn[h] ?? params.learn;
  const weights = jointWeights(state);
  if (outcome.kind === "worked-example") {
    return { known: prior.map((p, h) => transition(p, learnAt(h))), weights };
  }
  const likes = likelihoodByHypothesis(skill, outcome.help);
  const fallback = likelihood(params, outcome.help);
  const observed = prior.map((p, h) => {
    const right = predictRight(p, likes[h] ?? fallback);
    return outcome.right ? right : 1 - right;
  });
  return {
    known: prior.map((p, h) =>
      transition(posterior(p, outcome.right, likes[h] ?? fallback), learnAt(h)),
    ),
    // Misses on a mastered skill are forgetting, which says nothing about the rate of learning,
    // and right answers there are recall, not guesses.
    weights: entry.card ? weights : updateWeights(weights, observed),
  };
}

/**
 * A mastered skill's card after an answer (due when recall is predicted at the learner's
 * retention), and the learner's review fit, which only unaided answers inform.
 */
function review(
  state: LearnerState,
  entry: SkillState,
  { at, outcome }: Attempt,
): { readonly card: ReviewCard | null; readonly reviewFit: ReviewFit | undefined } {
  if (!entry.card || outcome.kind !== "answer")
    return { card: entry.card, reviewFit: state.reviewFit };
  const reviewFit =
    outcome.help === "none"
      ? addReview(state.reviewFit, retrievability(entry.card, at), outcome.right)
      : state.reviewFit;
  const card = recordReview(entry.card, at, grade(outcome), learnerRetention(reviewFit));
  return { card, reviewFit };
}

/** A real, unaided review of a skill that implicit credit had rescheduled checks that credit. */
function checkCredit(
  state: LearnerState,
  entry: SkillState,
  outcome: Outcome,
): LearnerState["creditChecks"] {
  const checks = state.creditChecks;
  if (!entry.card?.credited || outcome.kind !== "answer" || outcome.help !== "none") return checks;
  return outcome.right
    ? { ...checks, recalled: checks.recalled + 1 }
    : { ...checks, lapsed: checks.lapsed + 1 };
}

function grade(outcome: { readonly right: boolean; readonly help: Help }): ReviewGrade {
  if (!outcome.right) return "again";
  return outcome.help === "none" ? "good" : "hard";
}

/** Owed practice on this skill (a retake's or a detour's) goes down by one. */
function countDown(
  state: LearnerState,
  skill: SkillId,
): { retake: readonly Owed[]; detour: Detour | null } {
  const owes = state.retake.some((owed) => owed.skill === skill);
  const retake = owes
    ? state.retake.map((owed) =>
        owed.skill === skill ? { ...owed, remaining: Math.max(0, owed.remaining - 1) } : owed,
      )
    : state.retake;
  const detour = state.detour;
  if (!detour || detour.skill !== skill) return { retake, detour };
  return {
    retake,
    detour: detour.remaining > 1 ? { ...detour, remaining: detour.remaining - 1 } : null,
  };
}
