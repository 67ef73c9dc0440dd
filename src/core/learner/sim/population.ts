import { SKILLS } from "../../course";
import type { Random, SkillId } from "../../shared";
import type { Variant } from "./variant";

/** The hidden truth of one skill for one simulated learner. */
export interface TrueSkill {
  learned: boolean;
  /** Days until recall falls to 90%, while learned. */
  stability: number;
  /** Epoch ms of the last successful use (or of learning it). */
  last: number;
}

/**
 * A simulated learner: an ability that scales every learning probability, and the latent state
 * of each skill. Mutable on purpose: the simulator advances millions of opportunities, and the
 * learner is a process being run, never data the model may read.
 */
export interface SimLearner {
  readonly ability: number;
  readonly skills: Map<SkillId, TrueSkill>;
}

const DAY = 86_400_000;
/** P(knowing each outside prerequisite on arrival): the course's audience mostly has them. */
const P_PRIOR = 0.8;
/** P(already knowing a course skill on arrival). */
const S_PRIOR = 0.03;

/** A learner drawn from the population of the variant, arriving at time `start`. */
export function createSimLearner(variant: Variant, random: Random, start: number): SimLearner {
  const half = Math.log(variant.rateSpread) / 2;
  const ability = Math.exp(-half + 2 * half * random.next());
  const skills = new Map<SkillId, TrueSkill>();
  for (const skill of SKILLS) {
    const prior = skill.unit === 0 ? P_PRIOR : S_PRIOR;
    const learned = random.next() < prior;
    // Known prerequisites were learned long ago: stable, last used a month before the course.
    skills.set(skill.id, { learned, stability: learned ? 60 : 0, last: start - 30 * DAY });
  }
  return { ability, skills };
}
