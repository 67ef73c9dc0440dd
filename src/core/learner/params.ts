import type { SkillId } from "../shared";

/** Bayesian Knowledge Tracing parameters of one skill (Corbett & Anderson 1995). */
export interface BktParams {
  /** P(known) before any evidence. */
  readonly prior: number;
  /** P(learning it) per opportunity, for a learner whose learning-rate factor is 1. */
  readonly learn: number;
  /** P(wrong | known). */
  readonly slip: number;
  /** P(right | not known). */
  readonly guess: number;
}

/**
 * Per-skill BKT parameters. Prerequisites (P*) are mostly known by the course's audience; the
 * course's skills start unknown and are learned at a rate set by how many ideas they combine.
 * Shapes (S3) and the JVP/VJP cost question (S13) have small answer spaces, hence a higher guess.
 */
const BKT_TABLE: Readonly<Record<string, BktParams>> = {
  P1: { prior: 0.7, learn: 0.3, slip: 0.1, guess: 0.1 },
  P2: { prior: 0.7, learn: 0.3, slip: 0.1, guess: 0.1 },
  P3: { prior: 0.7, learn: 0.3, slip: 0.1, guess: 0.15 },
  P4: { prior: 0.6, learn: 0.3, slip: 0.1, guess: 0.15 },
  P5: { prior: 0.7, learn: 0.3, slip: 0.1, guess: 0.1 },
  P6: { prior: 0.7, learn: 0.3, slip: 0.1, guess: 0.1 },
  S1: { prior: 0.1, learn: 0.3, slip: 0.1, guess: 0.05 },
  S2: { prior: 0.05, learn: 0.2, slip: 0.1, guess: 0.05 },
  S3: { prior: 0.1, learn: 0.3, slip: 0.1, guess: 0.2 },
  S4: { prior: 0.05, learn: 0.2, slip: 0.1, guess: 0.05 },
  S5: { prior: 0.05, learn: 0.15, slip: 0.1, guess: 0.1 },
  S9: { prior: 0.05, learn: 0.2, slip: 0.1, guess: 0.05 },
  S6: { prior: 0.1, learn: 0.3, slip: 0.1, guess: 0.15 },
  S7: { prior: 0.05, learn: 0.2, slip: 0.1, guess: 0.05 },
  S8: { prior: 0.05, learn: 0.15, slip: 0.1, guess: 0.05 },
  S12: { prior: 0.05, learn: 0.15, slip: 0.1, guess: 0.05 },
  S10: { prior: 0.05, learn: 0.25, slip: 0.1, guess: 0.05 },
  S11: { prior: 0.05, learn: 0.15, slip: 0.1, guess: 0.05 },
  S14: { prior: 0.05, learn: 0.15, slip: 0.1, guess: 0.05 },
  S13: { prior: 0.05, learn: 0.2, slip: 0.1, guess: 0.2 },
};

/** The BKT parameters of a skill; throws for a skill the table does not cover (a bug). */
export function bktParams(skill: SkillId): BktParams {
  const params = BKT_TABLE[skill];
  if (!params) throw new Error(`No BKT parameters for skill ${skill}`);
  return params;
}

/** Thresholds and sizes of the learner model's rules, in one place so docs/learner-model.md can cite them. */
export const MODEL = {
  /** The estimate every skill of a unit must keep after its gate's answers to pass it. */
  masteryBar: 0.95,
  /**
   * The estimate at which practice on a skill stops and its part of the gate may be taken. The
   * gate's answers are evidence too, and a pass needs `masteryBar` after them. Measured (1000
   * learners, seeds 1 and 2): with the per-learner guess level (guess-rate.ts) 0.85 saves 0.3–0.4
   * practice items per skill over 0.93 while about 2% of skills pass unlearned in the high-guess
   * population; without it, 0.9 and below let more than 5% through there. 0.8 saved about 0.2
   * more but left recall at day 30 without transfer at 0.8997 on seed 1 (target 0.90). Never
   * below `readyBar`: a skill's dependents in the unit would not be ready, and the planner would
   * practise it on anyway.
   */
  gateOpenBar: 0.85,
  /** Largest share of learners who know a skill that its gate part may fail through slips. */
  gateSlipFail: 0.06,
  /** Largest share of learners who do not know a skill that its gate part may pass by guessing. */
  gateGuessPass: 0.03,
  /** The estimate a prerequisite needs before a skill that builds on it is ready. */
  readyBar: 0.8,
  /**
   * Below this estimate a practice item comes with faded worked steps (evidence like a hint).
   * Just after the worked example (about 0.25), so a learner gets faded steps until a first
   * success; a right answer with help proves little, so more faded items mostly delay the gate.
   */
  fadeBar: 0.3,
  /** Fewest opportunities without the estimate reaching a new high (by `progressStep`) before "stuck". */
  stuckAfter: 10,
  /** A skill is stuck once a learner at the population's learning rate would have learned it but for this chance. */
  stuckChance: 0.05,
  progressStep: 0.05,
  /** Items spent on the weakest prerequisite when a skill is stuck, before trying it again. */
  detourItems: 3,
  /** Items on each shortfall skill after a failed gate before it can be retaken (on those skills only). */
  retakePractice: 2,
  /** Share of a session's items that reviews may take while there is new material. */
  reviewShare: 0.4,
  /**
   * Discount per hop of implicit credit down the prerequisite graph (times the edge weight).
   * Measured (1000 learners): 0.4 with `minCredit` 0.1 saves 22% of reviews (with the trust
   * rule of implicit-credit.ts); 0.45 saved only 12%, because credit that overshoots makes
   * credited skills lapse at their real reviews, which lowers trust and raises the learner's
   * retention for every skill.
   */
  creditPerHop: 0.4,
  /** Credit below this is ignored: too small to move a schedule. 0.1 lets two hops of weight 1 count (0.16). */
  minCredit: 0.1,
} as const;

/** The size of a skill's part of a gate: `items` questions, of which `pass` must be right. */
export interface GateQuota {
  readonly items: number;
  readonly pass: number;
}

/** Gate sizes from the smallest up; a skill gets the first that is fair both ways (`gateQuota`). */
const GATE_SIZES: readonly GateQuota[] = [
  { items: 2, pass: 2 },
  { items: 3, pass: 2 },
  { items: 4, pass: 3 },
  { items: 5, pass: 4 },
];

/** P(at least `pass` of `items` right) when each is right with probability `p`. */
function passChance(quota: GateQuota, p: number): number {
  let total = 0;
  for (let right = quota.pass; right <= quota.items; right++) {
    total += choose(quota.items, right) * p ** right * (1 - p) ** (quota.items - right);
  }
  return total;
}

/** n choose k. */
function choose(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/**
 * Items and pass mark of a skill in a gate: the smallest size that a learner who knows the skill
 * fails through slips alone at most MODEL.gateSlipFail of the time (each failure costs practice
 * and a retake) and one who does not passes by guessing at most MODEL.gateGuessPass of the time,
 * under the skill's BKT slip and guess. So a guessable skill (shapes, S3) gets 3 of 4 and the
 * others 2 of 3; 2 of 2 fails a knower 19% of the time at slip 0.1, 4 of 5 costs two more items.
 */
export function gateQuota(skill: SkillId): GateQuota {
  const { slip, guess } = bktParams(skill);
  const fair = (quota: GateQuota): boolean =>
    1 - passChance(quota, 1 - slip) <= MODEL.gateSlipFail &&
    passChance(quota, guess) <= MODEL.gateGuessPass;
  const found = GATE_SIZES.find(fair) ?? GATE_SIZES[GATE_SIZES.length - 1];
  if (!found) throw new Error("GATE_SIZES is empty");
  return found;
}
