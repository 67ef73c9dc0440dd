import { POLICY_NAMES, simulateVariant, VARIANT_NAMES } from "../core/learner";
import type { Figures, PolicyName } from "../core/learner";

/** Options of the `simulate` verb. */
export interface SimulateOptions {
  readonly learners: number;
  readonly days: number;
  readonly seed: number;
}

/** The policies the verb reports (the simulator's ablation without implicit credit is for docs). */
const REPORTED: readonly PolicyName[] = POLICY_NAMES.filter((p) => p !== "planner-without-credit");

const round = (value: number | null): number | null =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * 10_000) / 10_000;

/**
 * One output line: the fields of issue 5 in its order, then the gate's items per skill (kept
 * out of items to mastery, which counts practice only), numbers to 4 decimals.
 */
function toLine(f: Figures): string {
  return JSON.stringify({
    policy: f.policy,
    variant: f.variant,
    items_to_mastery_mean: round(f.itemsToMasteryMean),
    items_to_mastery_p90: round(f.itemsToMasteryP90),
    items_ratio_to_oracle: round(f.itemsRatioToOracle),
    under_practice_rate: round(f.underPracticeRate),
    under_practice_rate_slowest_quarter: round(f.underPracticeRateSlowestQuarter),
    over_practice_per_skill: round(f.overPracticePerSkill),
    stuck_flagged_rate: round(f.stuckFlaggedRate),
    recall_day30: round(f.recallDay30),
    recall_day60: round(f.recallDay60),
    reviews_per_skill: round(f.reviewsPerSkill),
    auc: round(f.auc),
    log_loss: round(f.logLoss),
    gate_items_per_skill: round(f.gateItemsPerSkill),
  });
}

/**
 * `simulate`: runs the simulated learners under each policy and variant (docs/learner-model.md)
 * and writes one JSON line per policy and variant, variants in order, the oracle first in each.
 */
export function runSimulate(options: SimulateOptions, write: (line: string) => void): void {
  for (const variant of VARIANT_NAMES) {
    for (const figures of simulateVariant(variant, REPORTED, options)) write(toLine(figures));
  }
}
