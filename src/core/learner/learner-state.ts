import { SKILLS } from "../course";
import type { SkillId } from "../shared";
import type { ReviewCard } from "./fsrs-adapter";
import { NO_REVIEW_FIT } from "./review-fit";
import type { ReviewFit } from "./review-fit";
import { initialWeights, jointFrom, rateMarginal, uniformKnown } from "./guess-rate";
import { bktParams } from "./params";

/** What the model holds about one skill of one learner. */
export interface SkillState {
  /**
   * P(known) under each joint hypothesis (guess level, learning rate) of guess-rate.ts, as of
   * the last attempt. A state stored before guess levels holds one per rate of RATE_GRID, read
   * as the same at every level (`perHypothesis`).
   */
  readonly known: readonly number[];
  /** Graded attempts and worked examples on this skill. */
  readonly opportunities: number;
  /** The highest estimate so far, and opportunities since it was last raised: the stuck rule. */
  readonly best: number;
  readonly sinceProgress: number;
  /** How many times the skill was flagged stuck. */
  readonly stuckFlags: number;
  /** Set once the skill is mastered (gate passed or placed out): its spaced-review schedule. */
  readonly card: ReviewCard | null;
  /** A prerequisite placement found missing: practised before the skills that need it. */
  readonly refresher: boolean;
}

/** Practice owed to a skill: after a failed gate, or on a prerequisite while a skill is stuck. */
export interface Owed {
  readonly skill: SkillId;
  readonly remaining: number;
}

/** A detour from a stuck skill to its weakest prerequisite. */
export interface Detour extends Owed {
  readonly from: SkillId;
}

/** Everything the learner model knows about one learner: plain data, stored by the server as JSON. */
export interface LearnerState {
  readonly version: 1;
  /** Posterior weights of the learning-rate hypotheses (RATE_GRID): the rate marginal of `weights`. */
  readonly rateWeights: readonly number[];
  /**
   * Posterior weights of the joint hypotheses (guess level, rate); absent in states stored
   * before guess levels, read as `rateWeights` times the guess prior (`jointWeights`).
   */
  readonly weights?: readonly number[];
  readonly skills: Readonly<Record<SkillId, SkillState>>;
  readonly placed: boolean;
  readonly passedUnits: readonly number[];
  /** Skills a failed gate named, with the practice each still needs before the retake. */
  readonly retake: readonly Owed[];
  /** Skills of the current unit that passed an earlier attempt at its gate: a retake skips them. */
  readonly gateCleared: readonly SkillId[];
  readonly detour: Detour | null;
  /** Real reviews of skills whose schedule implicit credit had moved: recalled or lapsed. */
  readonly creditChecks: { readonly recalled: number; readonly lapsed: number };
  /** Real reviews against FSRS's predictions; absent in states stored before it, read as none. */
  readonly reviewFit?: ReviewFit;
}

/** A new learner: population priors, nothing mastered, placement not yet taken. */
export function createLearnerState(): LearnerState {
  const skills: Record<SkillId, SkillState> = {};
  for (const skill of SKILLS) {
    const prior = bktParams(skill.id).prior;
    skills[skill.id] = {
      known: uniformKnown(prior),
      opportunities: 0,
      best: prior,
      sinceProgress: 0,
      stuckFlags: 0,
      card: null,
      refresher: false,
    };
  }
  return {
    version: 1,
    rateWeights: rateMarginal(initialWeights()),
    weights: initialWeights(),
    skills,
    placed: false,
    passedUnits: [],
    retake: [],
    gateCleared: [],
    detour: null,
    creditChecks: { recalled: 0, lapsed: 0 },
    reviewFit: NO_REVIEW_FIT,
  };
}

/**
 * A state as stored (maybe by an older version) over today's defaults: a skill added to the course
 * since starts at its prior, and a field added to the model starts at a new learner's value, except
 * the joint weights, which a state stored before them derives from its own rate weights
 * (`jointWeights`), not from a new learner's.
 */
export function restoreLearnerState(stored: Partial<LearnerState>): LearnerState {
  const fresh = createLearnerState();
  return { ...fresh, weights: undefined, ...stored, skills: { ...fresh.skills, ...stored.skills } };
}

/** The joint weights of the (guess level, rate) hypotheses. */
export function jointWeights(state: LearnerState): readonly number[] {
  return state.weights ?? jointFrom(state.rateWeights);
}

/** The state of one skill; throws for a skill outside the graph (a bug in the caller). */
export function skillState(state: LearnerState, skill: SkillId): SkillState {
  const found = state.skills[skill];
  if (!found) throw new Error(`Learner state has no skill ${skill}`);
  return found;
}

/** The state with one skill's entry replaced. */
export function withSkill(state: LearnerState, skill: SkillId, next: SkillState): LearnerState {
  return { ...state, skills: { ...state.skills, [skill]: next } };
}
