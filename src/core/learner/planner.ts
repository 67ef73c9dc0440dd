import type { SkillId } from "../shared";
import { isGateOpen } from "./gate";
import { skillState } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { isMastered, isReady, masteryEstimate } from "./mastery";
import { MODEL } from "./params";
import { pickReview } from "./pick-review";
import { GATED_UNITS, prerequisiteReach, unitSkills } from "./skill-graph";

/** How much help a practice item comes with: a worked example first, then faded steps, then none. */
export type Scaffold = "worked-example" | "faded" | "bare";

/** Why a skill is practised now. */
export type PracticeReason = "weakest" | "retake" | "detour";

/** What comes next in a study session. */
export type Step =
  | { readonly kind: "placement" }
  | { readonly kind: "review"; readonly skill: SkillId }
  | {
      readonly kind: "practice";
      readonly skill: SkillId;
      readonly scaffold: Scaffold;
      readonly reason: PracticeReason;
    }
  | { readonly kind: "gate"; readonly unit: number }
  | { readonly kind: "end"; readonly reason: "length" | "nothing-to-do" };

/** Where the session stands: what the planner needs to bound its length and the share of reviews. */
export interface SessionProgress {
  readonly items: number;
  readonly reviews: number;
  readonly lastSkill?: SkillId;
}

/** The session's settings: its length in items, and switches for the simulator's ablations. */
export interface SessionPlan {
  readonly maxItems: number;
  /** Spaced review on (default); the "gates" policy turns it off. */
  readonly reviews?: boolean;
  readonly implicitCredit?: boolean;
}

/** The unit the learner is working towards: the first gated unit not yet passed (undefined when done). */
export function currentUnit(state: LearnerState): number | undefined {
  return GATED_UNITS.find((unit) => !state.passedUnits.includes(unit));
}

/**
 * The next step: placement first; due reviews (at most MODEL.reviewShare of the session while
 * there is new material); owed practice (a stuck skill's detour, a failed gate's skills); the
 * current unit's weakest ready skill; its gate once open; and the end at the chosen length.
 */
export function nextStep(
  state: LearnerState,
  now: number,
  session: SessionProgress,
  plan: SessionPlan,
): Step {
  if (session.items >= plan.maxItems) return { kind: "end", reason: "length" };
  if (!state.placed) return { kind: "placement" };
  const unit = currentUnit(state);
  const review = reviewStep(state, now, session, plan, unit === undefined);
  if (review) return review;
  if (unit === undefined) return { kind: "end", reason: "nothing-to-do" };
  if (state.detour) return practise(state, state.detour.skill, now, "detour");
  const owed = state.retake.find((o) => o.remaining > 0);
  if (owed) return practise(state, owed.skill, now, "retake");
  const weakest = weakestReady(state, unit, now);
  if (weakest) return practise(state, weakest, now, "weakest");
  if (isGateOpen(state, unit, now)) return { kind: "gate", unit };
  return { kind: "end", reason: "nothing-to-do" };
}

function reviewStep(
  state: LearnerState,
  now: number,
  session: SessionProgress,
  plan: SessionPlan,
  courseDone: boolean,
): Step | undefined {
  if (plan.reviews === false) return undefined;
  const budget = courseDone ? plan.maxItems : Math.ceil(MODEL.reviewShare * plan.maxItems);
  if (session.reviews >= budget) return undefined;
  const skill = pickReview(state, now, {
    implicitCredit: plan.implicitCredit ?? true,
    avoid: session.lastSkill,
  });
  return skill ? { kind: "review", skill } : undefined;
}

/**
 * The lowest-estimate skill that needs practice and is ready: the unit's skills still to clear in
 * its gate that are below the mastery bar, and the prerequisites under them that placement flagged or that sit below the ready bar.
 */
function weakestReady(state: LearnerState, unit: number, now: number): SkillId | undefined {
  const needs = new Set<SkillId>();
  for (const skill of unitSkills(unit)) {
    const tested = !state.gateCleared.includes(skill);
    if (tested && masteryEstimate(state, skill, now) < MODEL.gateOpenBar) needs.add(skill);
    for (const { skill: below } of prerequisiteReach(skill)) {
      if (isMastered(state, below)) continue;
      const low = masteryEstimate(state, below, now) < MODEL.readyBar;
      if (low || skillState(state, below).refresher) needs.add(below);
    }
  }
  let weakest: { skill: SkillId; estimate: number } | undefined;
  for (const skill of needs) {
    if (!isReady(state, skill, now)) continue;
    const estimate = masteryEstimate(state, skill, now);
    if (!weakest || estimate < weakest.estimate) weakest = { skill, estimate };
  }
  return weakest?.skill;
}

function practise(state: LearnerState, skill: SkillId, now: number, reason: PracticeReason): Step {
  return { kind: "practice", skill, scaffold: scaffoldFor(state, skill, now), reason };
}

/** Worked example on first sight, faded steps while the estimate is below MODEL.fadeBar, then bare. */
export function scaffoldFor(state: LearnerState, skill: SkillId, now: number): Scaffold {
  if (skillState(state, skill).opportunities === 0) return "worked-example";
  return masteryEstimate(state, skill, now) < MODEL.fadeBar ? "faded" : "bare";
}
