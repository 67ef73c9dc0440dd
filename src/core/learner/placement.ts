import type { SkillId } from "../shared";
import { likelihood, posterior, predictRight } from "./bkt";
import { recordReview } from "./fsrs-adapter";
import { uniformKnown } from "./guess-rate";
import { skillState, withSkill } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { bktParams } from "./params";
import { prerequisiteReach, unitSkills } from "./skill-graph";

/** Placement's settings: its length, when an estimate is settled, and how far evidence travels. */
export const PLACEMENT = {
  maxItems: 12,
  /** An estimate at or above `known` places the learner out; below it the skill gets a refresher. */
  known: 0.85,
  /**
   * Share of an answer's evidence passed one hop along the graph (times the edge weight), from a
   * unit-1 probe (S1–S3) down to what it uses: answering a probe right uses its prerequisites.
   */
  perHop: 0.8,
  /**
   * The same between two prerequisites (P4 over P3, P6 over P2). Lower, because they are separate
   * pieces of outside knowledge: a learner can handle transposes and still get product shapes
   * wrong. At 0.8, two right answers on P4 put P3 at 0.96 and it was seldom asked: 12.2% of
   * simulated learners were placed out of P3 without knowing it (of the 20.3% who did not; 6.5%
   * out of P2). At 0.4 here and 0.8 from probes, 3.6% and 4.4% (1000 learners, seed 1;
   * docs/learner-model.md, "Placement and credit that clears a review").
   */
  perHopBetweenPrerequisites: 0.4,
  /** Stop when no question is expected to remove this much uncertainty (bits). */
  minGain: 0.02,
} as const;

/** Placement in progress: estimates for the prerequisites and the unit-1 skills that probe them. */
export interface PlacementState {
  readonly estimates: Readonly<Record<SkillId, number>>;
  readonly asked: readonly { readonly skill: SkillId; readonly right: boolean }[];
}

const TARGETS = unitSkills(0);
const PROBES = [...TARGETS, ...unitSkills(1)];

/** A fresh placement at the population priors. */
export function startPlacement(): PlacementState {
  const estimates: Record<SkillId, number> = {};
  for (const skill of PROBES) estimates[skill] = bktParams(skill).prior;
  return { estimates, asked: [] };
}

/**
 * The next skill to ask about: the one whose answer is expected to remove the most uncertainty
 * about the prerequisites; undefined when placement is done (length reached or nothing to learn).
 */
export function nextPlacementSkill(placement: PlacementState): SkillId | undefined {
  if (placement.asked.length >= PLACEMENT.maxItems) return undefined;
  const now = uncertainty(placement);
  let best: { skill: SkillId; gain: number } | undefined;
  for (const skill of PROBES) {
    if (placement.asked.filter((a) => a.skill === skill).length >= 2) continue;
    const pRight = predictRight(
      placementEstimate(placement, skill),
      likelihood(bktParams(skill), "none"),
    );
    const after =
      pRight * uncertainty(answerPlacement(placement, skill, true)) +
      (1 - pRight) * uncertainty(answerPlacement(placement, skill, false));
    const gain = now - after;
    if (!best || gain > best.gain) best = { skill, gain };
  }
  return best && best.gain >= PLACEMENT.minGain ? best.skill : undefined;
}

/**
 * Placement after an answer: Bayes' rule on the skill asked; a right answer is discounted
 * evidence for its prerequisites, a wrong one discounted evidence against what depends on it.
 */
export function answerPlacement(
  placement: PlacementState,
  skill: SkillId,
  right: boolean,
): PlacementState {
  const estimates: Record<SkillId, number> = { ...placement.estimates };
  const update = (target: SkillId, share: number) => {
    const prior = placementEstimate(placement, target);
    const full = posterior(prior, right, likelihood(bktParams(target), "none"));
    estimates[target] = prior + share * (full - prior);
  };
  update(skill, 1);
  for (const target of PROBES) {
    const reach = right ? reachOf(skill, target) : reachOf(target, skill);
    if (reach) update(target, reach.weight * hopShare(skill, target) ** reach.hops);
  }
  return { estimates, asked: [...placement.asked, { skill, right }] };
}

/** The learner state after placement: prerequisites placed out are mastered, the rest get refreshers. */
export function finishPlacement(
  state: LearnerState,
  placement: PlacementState,
  now: number,
): LearnerState {
  let next: LearnerState = { ...state, placed: true };
  for (const skill of PROBES) {
    const p = placementEstimate(placement, skill);
    const entry = skillState(next, skill);
    const placedOut = TARGETS.includes(skill) && p >= PLACEMENT.known;
    next = withSkill(next, skill, {
      ...entry,
      known: uniformKnown(p),
      best: p,
      refresher: TARGETS.includes(skill) && !placedOut,
      card: placedOut ? recordReview(null, now, "good") : entry.card,
    });
  }
  return next;
}

/** What placement believes about a skill so far: the skill's prior until an answer moves it. */
export function placementEstimate(placement: PlacementState, skill: SkillId): number {
  return placement.estimates[skill] ?? bktParams(skill).prior;
}

/** The share of evidence per hop between two skills: lower when both are prerequisites. */
function hopShare(a: SkillId, b: SkillId): number {
  const bothPrerequisites = TARGETS.includes(a) && TARGETS.includes(b);
  return bothPrerequisites ? PLACEMENT.perHopBetweenPrerequisites : PLACEMENT.perHop;
}

/** How `above` reaches `below` through the graph, if it does. */
function reachOf(above: SkillId, below: SkillId) {
  return prerequisiteReach(above).find((reach) => reach.skill === below);
}

/** Total binary entropy (bits) of the prerequisites' estimates: what placement tries to shrink. */
function uncertainty(placement: PlacementState): number {
  return TARGETS.reduce((sum, skill) => {
    const p = Math.min(Math.max(placementEstimate(placement, skill), 1e-9), 1 - 1e-9);
    return sum - p * Math.log2(p) - (1 - p) * Math.log2(1 - p);
  }, 0);
}
