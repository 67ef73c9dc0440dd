import type { VariantName } from "./variant";
import type { PolicyName } from "./policies/policy";
import type { Prediction } from "./tutor";
import { auc, logLoss } from "./prediction-quality";
import { COURSE_SKILLS } from "./policies/course-order";

/** A course skill a policy declared mastered: items spent on it, items after it was truly learned, and whether it was known then. */
export interface Declared {
  /** Items practised to learn it (worked examples, practice), gates and placement excluded. */
  readonly items: number;
  /** Items on it in gates. */
  readonly gateItems: number;
  /** Every item on it until declared: practice, placement probes, gates. */
  readonly allItems: number;
  /** Of `allItems`, those after the truth first held it learned. */
  readonly over: number;
  readonly known: boolean;
}

/** What one simulated learner's run leaves for the figures. */
export interface LearnerRecord {
  readonly ability: number;
  readonly items: number;
  readonly reviews: number;
  readonly declared: readonly Declared[];
  /** Whether the policy's stuck rule flagged the learner; null for a policy without one. */
  readonly stuck: boolean | null;
  /** Stuck flags raised, and of those, how many while the truth had not learned the skill. */
  readonly stuckFlags: number;
  readonly stuckFlagsUnlearned: number;
  readonly recall30: number | null;
  readonly recall60: number | null;
  readonly predictions: readonly Prediction[];
}

/** The figures of one policy on one variant (docs/learner-model.md defines each). */
export interface Figures {
  readonly policy: PolicyName;
  readonly variant: VariantName;
  readonly itemsToMasteryMean: number;
  readonly itemsToMasteryP90: number;
  /** Filled in by `relativeToOracle` once the oracle's figures of the variant are known. */
  readonly itemsRatioToOracle: number | null;
  readonly underPracticeRate: number;
  readonly underPracticeRateSlowestQuarter: number;
  readonly overPracticePerSkill: number;
  readonly stuckFlaggedRate: number | null;
  readonly recallDay30: number | null;
  readonly recallDay60: number | null;
  readonly reviewsPerSkill: number;
  readonly auc: number;
  readonly logLoss: number;
  /** Gate items per declared skill: the assessment cost, kept out of items to mastery. */
  readonly gateItemsPerSkill: number;
  /** Not in the CLI's lines, used in the docs: share of course skills declared, items per learner, all items per skill. */
  readonly declaredShare: number;
  readonly itemsPerLearner: number;
  readonly allItemsPerSkill: number;
  /** Stuck flags per learner, and the share raised while the truth had not learned the skill (NaN if none). */
  readonly stuckFlagsPerLearner: number;
  readonly stuckFlagsUnlearnedShare: number;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;

/** The value below which 90% of the values lie (nearest rank). */
export function percentile90(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)] ?? NaN;
}

const underRate = (records: readonly LearnerRecord[]): number => {
  const declared = records.flatMap((r) => r.declared);
  return declared.length === 0 ? 0 : declared.filter((d) => !d.known).length / declared.length;
};

const meanOf = (values: readonly (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : mean(present);
};

function stuckAudit(
  records: readonly LearnerRecord[],
): Pick<Figures, "stuckFlagsPerLearner" | "stuckFlagsUnlearnedShare"> {
  const flags = records.reduce((sum, r) => sum + r.stuckFlags, 0);
  const unlearned = records.reduce((sum, r) => sum + r.stuckFlagsUnlearned, 0);
  return {
    stuckFlagsPerLearner: flags / Math.max(1, records.length),
    stuckFlagsUnlearnedShare: flags === 0 ? NaN : unlearned / flags,
  };
}

/** Aggregates the learners' records into the figures of a policy on a variant. */
export function summarize(
  policy: PolicyName,
  variant: VariantName,
  records: readonly LearnerRecord[],
): Figures {
  const declared = records.flatMap((r) => r.declared);
  const byAbility = [...records].sort((a, b) => a.ability - b.ability);
  const slowest = byAbility.slice(0, Math.max(1, Math.floor(records.length / 4)));
  const predictions = records.flatMap((r) => r.predictions);
  return {
    policy,
    variant,
    itemsToMasteryMean: mean(declared.map((d) => d.items)),
    itemsToMasteryP90: percentile90(declared.map((d) => d.items)),
    itemsRatioToOracle: null,
    underPracticeRate: underRate(records),
    underPracticeRateSlowestQuarter: underRate(slowest),
    overPracticePerSkill: mean(declared.map((d) => d.over)),
    stuckFlaggedRate: records.some((r) => r.stuck === null)
      ? null
      : records.filter((r) => r.stuck).length / Math.max(1, records.length),
    recallDay30: meanOf(records.map((r) => r.recall30)),
    recallDay60: meanOf(records.map((r) => r.recall60)),
    reviewsPerSkill: records.reduce((s, r) => s + r.reviews, 0) / Math.max(1, declared.length),
    auc: auc(predictions),
    logLoss: logLoss(predictions),
    declaredShare: declared.length / Math.max(1, records.length * COURSE_SKILLS.length),
    itemsPerLearner: mean(records.map((r) => r.items)),
    gateItemsPerSkill: mean(declared.map((d) => d.gateItems)),
    allItemsPerSkill: mean(declared.map((d) => d.allItems)),
    ...stuckAudit(records),
  };
}

/** The variant's figures with each policy's items-to-mastery as a ratio to the oracle's. */
export function relativeToOracle(figures: readonly Figures[]): readonly Figures[] {
  const oracle = figures.find((f) => f.policy === "oracle");
  return figures.map((f) => ({
    ...f,
    itemsRatioToOracle: oracle ? f.itemsToMasteryMean / oracle.itemsToMasteryMean : null,
  }));
}
