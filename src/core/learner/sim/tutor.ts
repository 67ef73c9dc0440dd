import type { Random, SkillId } from "../../shared";
import type { Help } from "../bkt";
import { createLearnerState, skillState } from "../learner-state";
import type { LearnerState } from "../learner-state";
import { predictAnswer } from "../mastery";
import { recordAttempt } from "../record-attempt";
import type { Attempt, RecordOptions } from "../record-attempt";
import { practise, recallNow } from "./latent-knowledge";
import type { SimLearner } from "./population";
import type { Variant } from "./variant";
import type { Declared } from "./metrics";

/** What an item is for: it decides which counters it goes to. */
export type Purpose = "learn" | "review" | "gate" | "placement";

/** A prediction of the learner model and what happened. */
export interface Prediction {
  readonly p: number;
  readonly right: boolean;
}

/** What the run measures of one learner under one policy. */
export interface LearnerLog {
  items: number;
  reviews: number;
  /** Stuck flags the model raised, and of those, how many while the truth had not learned the skill. */
  stuckFlags: number;
  stuckFlagsUnlearned: number;
  /** Items per skill so far, and at the first time the truth became learned. */
  readonly itemsOn: Map<SkillId, number>;
  readonly itemsWhenLearned: Map<SkillId, number>;
  /** Of `itemsOn`, those practised to learn (worked examples and practice), and those in gates. */
  readonly learnItemsOn: Map<SkillId, number>;
  readonly gateItemsOn: Map<SkillId, number>;
  /** Per declared skill: items spent on it until declared, items after truly learned, known then. */
  readonly declared: Map<SkillId, Declared>;
  readonly predictions: Prediction[];
}

/**
 * The harness between a policy and a simulated learner: it runs the clock (one minute per item),
 * lets the truth answer, feeds the learner model every opportunity (so its predictions are
 * scored under every policy) and logs what the metrics need. Policies see the truth only
 * through `truth`, which only the oracle uses.
 */
export interface Tutor {
  readonly variant: Variant;
  readonly random: Random;
  model: LearnerState;
  now: number;
  readonly log: LearnerLog;
  answer(skill: SkillId, help: Help, purpose: Purpose): boolean;
  study(skill: SkillId): void;
  declare(skill: SkillId): void;
  truth(skill: SkillId): number;
}

const MINUTE = 60_000;

function emptyLog(): LearnerLog {
  return {
    items: 0,
    reviews: 0,
    stuckFlags: 0,
    stuckFlagsUnlearned: 0,
    itemsOn: new Map(),
    itemsWhenLearned: new Map(),
    learnItemsOn: new Map(),
    gateItemsOn: new Map(),
    declared: new Map(),
    predictions: [],
  };
}

/** Notes the item count at which the truth first holds the skill learned. */
function noteLearned(log: LearnerLog, learner: SimLearner, skill: SkillId, count: number): void {
  if (!log.itemsWhenLearned.has(skill) && learner.skills.get(skill)?.learned) {
    log.itemsWhenLearned.set(skill, count);
  }
}

function increment(counts: Map<SkillId, number>, skill: SkillId): void {
  counts.set(skill, (counts.get(skill) ?? 0) + 1);
}

/** One opportunity on the simulated learner at the tutor's clock, counted; the clock moves on. */
function step(
  tutor: Tutor,
  learner: SimLearner,
  skill: SkillId,
  help: Help | undefined,
  purpose: Purpose,
): boolean {
  const { log } = tutor;
  const before = log.itemsOn.get(skill) ?? 0;
  noteLearned(log, learner, skill, before);
  const right = practise(learner, skill, tutor.now, help, tutor.variant, tutor.random);
  log.items += 1;
  log.itemsOn.set(skill, before + 1);
  if (purpose === "review") log.reviews += 1;
  if (purpose === "learn") increment(log.learnItemsOn, skill);
  if (purpose === "gate") increment(log.gateItemsOn, skill);
  noteLearned(log, learner, skill, before + 1);
  tutor.now += MINUTE;
  return right;
}

/**
 * Feeds one opportunity to the learner model; a stuck flag it raises is checked against the
 * truth (`learned`: whether the learner held the skill before this opportunity).
 */
function observe(tutor: Tutor, learned: boolean, attempt: Attempt, options: RecordOptions): void {
  const flagsOf = (state: LearnerState) => skillState(state, attempt.skill).stuckFlags;
  const before = flagsOf(tutor.model);
  tutor.model = recordAttempt(tutor.model, attempt, options);
  if (flagsOf(tutor.model) === before) return;
  tutor.log.stuckFlags += 1;
  if (!learned) tutor.log.stuckFlagsUnlearned += 1;
}

/** A tutor for one learner; `implicitCredit` is passed on to the learner model. */
export function createTutor(
  learner: SimLearner,
  variant: Variant,
  random: Random,
  implicitCredit: boolean,
): Tutor {
  const options = { implicitCredit };
  const tutor: Tutor = {
    variant,
    random,
    model: createLearnerState(),
    now: 0,
    log: emptyLog(),
    answer(skill, help, purpose) {
      const at = tutor.now;
      const p = predictAnswer(tutor.model, skill, at, help);
      const learned = learner.skills.get(skill)?.learned ?? false;
      const right = step(tutor, learner, skill, help, purpose);
      // Placement keeps its own estimates until it finishes; every other answer is evidence.
      if (purpose !== "placement") {
        tutor.log.predictions.push({ p, right });
        const outcome = { kind: "answer", right, help } as const;
        observe(tutor, learned, { skill, at, outcome }, options);
      }
      return right;
    },
    study(skill) {
      const at = tutor.now;
      const learned = learner.skills.get(skill)?.learned ?? false;
      step(tutor, learner, skill, undefined, "learn");
      observe(tutor, learned, { skill, at, outcome: { kind: "worked-example" } }, options);
    },
    declare(skill) {
      const { log } = tutor;
      if (log.declared.has(skill)) return;
      const allItems = log.itemsOn.get(skill) ?? 0;
      const over = allItems - (log.itemsWhenLearned.get(skill) ?? allItems);
      log.declared.set(skill, {
        items: log.learnItemsOn.get(skill) ?? 0,
        gateItems: log.gateItemsOn.get(skill) ?? 0,
        allItems,
        over,
        known: tutor.truth(skill) >= 0.5,
      });
    },
    truth: (skill) => recallNow(learner, skill, tutor.now, variant),
  };
  return tutor;
}
