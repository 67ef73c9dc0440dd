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
  /** The estimate every skill of a unit must reach for its gate to open, and keep after it. */
  masteryBar: 0.95,
  /** The estimate a prerequisite needs before a skill that builds on it is ready. */
  readyBar: 0.8,
  /** Below this estimate a practice item comes with faded worked steps (evidence like a hint). */
  fadeBar: 0.5,
  /** Opportunities without the estimate reaching a new high (by `progressStep`) before "stuck". */
  stuckAfter: 10,
  progressStep: 0.05,
  /** Items spent on the weakest prerequisite when a skill is stuck, before trying it again. */
  detourItems: 3,
  /** Items on each shortfall skill after a failed gate before it can be retaken. */
  retakePractice: 2,
  /** Share of a session's items that reviews may take while there is new material. */
  reviewShare: 0.4,
  /** Discount per hop of implicit credit down the prerequisite graph (times the edge weight). */
  creditPerHop: 0.3,
  /** Credit below this is ignored: too small to move a schedule. */
  minCredit: 0.2,
} as const;

/** Items and pass mark of a skill in a gate: small skills are checked with fewer items, all right. */
export function gateQuota(skill: SkillId): { readonly items: number; readonly pass: number } {
  return SMALL_SKILLS.has(skill) ? { items: 2, pass: 2 } : { items: 5, pass: 4 };
}

/** Skills with a small answer space, checked by 2 of 2 instead of 4 of 5. */
const SMALL_SKILLS: ReadonlySet<string> = new Set(["S3", "S6"]);
