import type { Random, SkillId } from "../../shared";
import type { Help } from "../bkt";
import { graphSkill } from "../skill-graph";
import {
  INITIAL_STABILITY,
  stabilityAfterLapse,
  stabilityAfterRecall,
  trueRecall,
} from "./forgetting";
import type { SimLearner, TrueSkill } from "./population";
import type { Variant } from "./variant";

/** True per-opportunity learning probability of each skill at ability 1 (not the model's table). */
const BASE_LEARN: Readonly<Record<string, number>> = {
  P1: 0.35,
  P2: 0.35,
  P3: 0.35,
  P4: 0.3,
  P5: 0.35,
  P6: 0.35,
  S1: 0.35,
  S2: 0.25,
  S3: 0.35,
  S4: 0.25,
  S5: 0.18,
  S9: 0.25,
  S6: 0.35,
  S7: 0.25,
  S8: 0.18,
  S12: 0.18,
  S10: 0.3,
  S11: 0.18,
  S14: 0.18,
  S13: 0.25,
};
/** Skills with small answer spaces, where guessing is easier. */
const GUESSY = new Set(["S3", "S13", "P3", "P4"]);
const SLIP = 0.08;
/** How much a hint lets a learner who does not know the skill answer anyway. */
const HINT_SHARE = 0.4;
/** How much an unknown prerequisite (weight 1) cuts the chance of learning what builds on it. */
const PREREQ_BLOCK = 0.7;

function truth(learner: SimLearner, skill: SkillId): TrueSkill {
  const found = learner.skills.get(skill);
  if (!found) throw new Error(`Simulated learner has no skill ${skill}`);
  return found;
}

/** The learner's true P(recall) of a skill at `now` (0 while not learned). */
export function recallNow(
  learner: SimLearner,
  skill: SkillId,
  now: number,
  variant: Variant,
): number {
  const entry = truth(learner, skill);
  return entry.learned ? trueRecall(variant, entry.stability, now - entry.last) : 0;
}

/** P(learning the skill on this opportunity): ability, the skill's rate, and known prerequisites. */
function learnChance(learner: SimLearner, skill: SkillId, now: number, variant: Variant): number {
  let chance = (BASE_LEARN[skill] ?? 0.25) * learner.ability;
  for (const edge of graphSkill(skill).prerequisites) {
    chance *= 1 - PREREQ_BLOCK * edge.weight * (1 - recallNow(learner, edge.skill, now, variant));
  }
  return Math.min(chance, 0.9);
}

/**
 * One opportunity on a skill at `now`: a graded answer (help given) or, with `help` undefined,
 * a worked example studied. Advances the truth (recall strengthens memory, a lapse weakens it,
 * an unknown skill may be learned from the feedback, prerequisites used get exercised) and
 * returns whether the answer was right (false for a worked example).
 */
export function practise(
  learner: SimLearner,
  skill: SkillId,
  now: number,
  help: Help | undefined,
  variant: Variant,
  random: Random,
): boolean {
  const entry = truth(learner, skill);
  const recall = recallNow(learner, skill, now, variant);
  const recalled = random.next() < recall;
  const guess = Math.max(GUESSY.has(skill) ? 0.2 : 0.05, variant.guessFloor);
  const unknownRight = help === "none" ? guess : guess + (1 - guess) * HINT_SHARE;
  const right =
    help !== undefined && (recalled ? random.next() >= SLIP : random.next() < unknownRight);
  const chance = learnChance(learner, skill, now, variant);
  if (recalled) {
    entry.stability = stabilityAfterRecall(entry.stability, recall);
    entry.last = now;
    exercisePrerequisites(learner, skill, now, variant, random);
  } else if (entry.learned) {
    // A lapse: the feedback brings it back for most, the rest must learn it again.
    entry.learned = random.next() < 0.5 + 0.5 * chance;
    entry.stability = stabilityAfterLapse(entry.stability);
    entry.last = now;
  } else if (random.next() < chance) {
    Object.assign(entry, { learned: true, stability: INITIAL_STABILITY, last: now });
  }
  return right;
}

/**
 * Transfer: using a skill exercises each prerequisite with probability transfer × weight, and a
 * prerequisite so used and recalled exercises its own in turn (using S5 inside S7 uses S1 too).
 */
function exercisePrerequisites(
  learner: SimLearner,
  skill: SkillId,
  now: number,
  variant: Variant,
  random: Random,
): void {
  for (const edge of graphSkill(skill).prerequisites) {
    if (random.next() >= variant.transfer * edge.weight) continue;
    const below = truth(learner, edge.skill);
    const recall = recallNow(learner, edge.skill, now, variant);
    if (below.learned && random.next() < recall) {
      below.stability = stabilityAfterRecall(below.stability, recall);
      below.last = now;
      exercisePrerequisites(learner, edge.skill, now, variant, random);
    }
  }
}
