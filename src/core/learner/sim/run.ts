import { asSeed, createRandom } from "../../shared";
import { recallNow } from "./latent-knowledge";
import { relativeToOracle, summarize } from "./metrics";
import type { Figures, LearnerRecord } from "./metrics";
import type { PolicyName } from "./policies/policy";
import { POLICIES } from "./policies/registry";
import { COURSE_SKILLS } from "./policies/course-order";
import { createSimLearner } from "./population";
import type { SimLearner } from "./population";
import { createTutor } from "./tutor";
import { variant, VARIANT_NAMES } from "./variant";
import type { Variant, VariantName } from "./variant";

/** How big a simulation is. */
export interface SimOptions {
  readonly learners: number;
  readonly days: number;
  readonly seed: number;
}

const DAY = 86_400_000;
/** Sessions start at 18:00 on the days a learner studies. */
const SESSION_START = 18 * 3_600_000;
/** P(studying on a given day), and the length of a session in items (about 30 minutes). */
export const STUDY_CHANCE = 0.75;
export const SESSION_ITEMS = 30;

/** A seed from several integers (FNV-1a over their bytes), so each stream of chance is its own. */
function seedOf(...parts: readonly number[]): ReturnType<typeof asSeed> {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let shift = 0; shift < 32; shift += 8) {
      hash = Math.imul(hash ^ ((part >>> shift) & 0xff), 0x01000193) >>> 0;
    }
  }
  return asSeed(hash);
}

/** The mean true recall of the course's skills at `at`: a hidden post-test that changes nothing. */
function postTest(learner: SimLearner, at: number, v: Variant): number {
  const total = COURSE_SKILLS.reduce((sum, skill) => sum + recallNow(learner, skill, at, v), 0);
  return total / COURSE_SKILLS.length;
}

/**
 * One learner under one policy for `days` days. The learner, their study days and the chance in
 * their answers come from seeds that depend on the learner, not the policy, so every policy
 * teaches the same population (common random numbers).
 */
function runLearner(
  policy: PolicyName,
  v: Variant,
  index: number,
  options: SimOptions,
): LearnerRecord {
  const vi = VARIANT_NAMES.indexOf(v.name);
  const learner = createSimLearner(v, createRandom(seedOf(options.seed, vi, index, 1)), 0);
  const schedule = createRandom(seedOf(options.seed, index, 2));
  const entry = POLICIES[policy];
  const tutor = createTutor(
    learner,
    v,
    createRandom(seedOf(options.seed, vi, index, 3)),
    entry.implicitCredit,
  );
  const runner = entry.start(tutor);
  const recall: { day30: number | null; day60: number | null } = { day30: null, day60: null };
  for (let day = 0; day <= options.days; day++) {
    if (day === 30) recall.day30 = postTest(learner, day * DAY, v);
    if (day === 60) recall.day60 = postTest(learner, day * DAY, v);
    if (day === options.days || schedule.next() >= STUDY_CHANCE) continue;
    tutor.now = day * DAY + SESSION_START;
    runner.session(SESSION_ITEMS);
  }
  return {
    ability: learner.ability,
    items: tutor.log.items,
    reviews: tutor.log.reviews,
    declared: COURSE_SKILLS.flatMap((skill) => tutor.log.declared.get(skill) ?? []),
    stuck: entry.flagsStuck
      ? Object.values(tutor.model.skills).some((s) => s.stuckFlags > 0)
      : null,
    stuckFlags: tutor.log.stuckFlags,
    stuckFlagsUnlearned: tutor.log.stuckFlagsUnlearned,
    recall30: recall.day30,
    recall60: recall.day60,
    predictions: tutor.log.predictions,
  };
}

/** Runs one policy on one variant's population. */
export function simulatePolicy(
  policy: PolicyName,
  name: VariantName,
  options: SimOptions,
): Figures {
  const v = variant(name);
  const records = Array.from({ length: options.learners }, (_, i) =>
    runLearner(policy, v, i, options),
  );
  return summarize(policy, name, records);
}

/** Runs the policies (the oracle among them) on one variant's population, with ratios to the oracle. */
export function simulateVariant(
  name: VariantName,
  policies: readonly PolicyName[],
  options: SimOptions,
): readonly Figures[] {
  return relativeToOracle(policies.map((policy) => simulatePolicy(policy, name, options)));
}
