import type { SkillId } from "../shared";
import { likelihood, posterior, predictRight, transition } from "./bkt";
import type { Help } from "./bkt";
import { recordReview } from "./fsrs-adapter";
import type { ReviewGrade } from "./fsrs-adapter";
import { applyImplicitCredit } from "./implicit-credit";
import { learnOverGrid, overRates, updateRateWeights } from "./learning-rate";
import { skillState } from "./learner-state";
import type { Detour, LearnerState, Owed, SkillState } from "./learner-state";
import { knownNow } from "./mastery";
import { bktParams, MODEL } from "./params";
import { detourFor, trackProgress } from "./stuck";

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
  const { known, rateWeights } = updateKnowledge(state, before, attempt);
  let entry: SkillState = {
    ...before,
    known,
    opportunities: before.opportunities + 1,
    card:
      before.card && outcome.kind === "answer"
        ? recordReview(before.card, at, grade(outcome))
        : before.card,
  };
  const estimate = overRates(rateWeights, known);
  const owed = countDown(state, skill);
  let detour = owed.detour;
  if (!entry.card) {
    const progress = trackProgress(entry, estimate);
    entry = progress.skill;
    if (progress.stuck) detour = detourFor({ ...state, rateWeights }, skill, at) ?? detour;
  }
  if (entry.refresher && estimate >= MODEL.masteryBar) {
    entry = { ...entry, refresher: false, card: recordReview(null, at, "good") };
  }
  const next: LearnerState = {
    ...state,
    rateWeights,
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
): { known: readonly number[]; rateWeights: readonly number[] } {
  const params = bktParams(skill);
  const prior = knownNow(entry, at);
  const grid = learnOverGrid(params.learn);
  const learnAt = (i: number) => grid[i] ?? params.learn;
  if (outcome.kind === "worked-example") {
    return {
      known: prior.map((p, i) => transition(p, learnAt(i))),
      rateWeights: state.rateWeights,
    };
  }
  const like = likelihood(params, outcome.help);
  const observed = prior.map((p) => {
    const right = predictRight(p, like);
    return outcome.right ? right : 1 - right;
  });
  return {
    known: prior.map((p, i) => transition(posterior(p, outcome.right, like), learnAt(i))),
    // Misses on a mastered skill are forgetting, which says nothing about the rate of learning.
    rateWeights: entry.card ? state.rateWeights : updateRateWeights(state.rateWeights, observed),
  };
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
