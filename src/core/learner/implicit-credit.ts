import { SKILLS } from "../course";
import type { SkillId } from "../shared";
import { creditReview, isDue } from "./fsrs-adapter";
import type { ReviewCard } from "./fsrs-adapter";
import { skillState } from "./learner-state";
import type { LearnerState, SkillState } from "./learner-state";
import { MODEL } from "./params";
import { learnerRetention } from "./review-fit";
import { prerequisiteReach } from "./skill-graph";

/** A prerequisite and the share of a review that practising the skill above it counts for. */
export interface Credit {
  readonly skill: SkillId;
  readonly credit: number;
}

/**
 * The credit each transitive prerequisite gets: the product of edge weights along the strongest
 * path times MODEL.creditPerHop per hop, since using a skill inside a bigger one exercises it
 * less than a question about it would. Credits under MODEL.minCredit are dropped.
 */
function creditsOf(skill: SkillId): readonly Credit[] {
  return prerequisiteReach(skill)
    .map((reach) => ({
      skill: reach.skill,
      credit: reach.weight * MODEL.creditPerHop ** reach.hops,
    }))
    .filter((entry) => entry.credit >= MODEL.minCredit);
}

const table = new Map<SkillId, readonly Credit[]>(SKILLS.map((s) => [s.id, creditsOf(s.id)]));

/** The implicit credit a right answer on `skill` gives each of its prerequisites. */
export function prerequisiteCredits(skill: SkillId): readonly Credit[] {
  return table.get(skill) ?? [];
}

/**
 * How far this learner's implicit credit can be trusted, 0–1. Credit is checked when a skill it
 * fell on comes up for a real review: if the graph's credit is right, recall there is about the
 * desired retention; if practising the skills above did not in fact keep it alive, recall falls
 * towards what an unreviewed skill would have. In the simulated learners these checks recall at
 * about 0.89 when practice does exercise prerequisites and 0.80 when it does not, so trust is
 * full at 0.88 and gone at 0.82. The prior is worth only 4 checks at 0.9, because a learner has
 * few checks in a course and trust that reacts after ten lapses reacts too late to save their
 * recall.
 */
export function creditTrust(checks: LearnerState["creditChecks"]): number {
  const recall = (checks.recalled + 3.6) / (checks.recalled + checks.lapsed + 4);
  return Math.min(1, Math.max(0, (recall - 0.82) / 0.06));
}

/**
 * Applies implicit credit for a right, unaided answer: a discounted review of each mastered
 * prerequisite (see `creditedCard`). At zero trust the schedules stay as they are, but the cards
 * are still marked as credited, so their next real reviews still check the credit and trust can
 * come back; without that, a learner whose first checks lapsed by chance lost credit for good.
 */
export function applyImplicitCredit(
  state: LearnerState,
  skill: SkillId,
  now: number,
): LearnerState {
  const trust = creditTrust(state.creditChecks);
  const retention = learnerRetention(state.reviewFit);
  const changed: Record<SkillId, SkillState> = {};
  let any = false;
  for (const { skill: below, credit } of prerequisiteCredits(skill)) {
    const entry = skillState(state, below);
    if (!entry.card) continue;
    const card = creditedCard(entry.card, now, credit * trust, retention);
    changed[below] = { ...entry, card };
    any = true;
  }
  return any ? { ...state, skills: { ...state.skills, ...changed } } : state;
}

/**
 * A card after a credit of `share`. A credit saves a review only if it moves a due card's next
 * review past `now`. One that would leave a due card still due is not applied, only marked: the
 * real review follows soon, and the credit only raised the recall FSRS predicts for it, so the
 * review fit read the learner as falling short of the prediction and raised their retention for
 * every skill. Measured (1000 learners, default; docs/learner-model.md): credit savings 20.8 /
 * 19.4 / 21.9% → 21.3 / 22.0 / 23.4% on seeds 1–3. The mark keeps that real review a check of
 * the credit, as at zero trust; unmarked, trust fell more slowly where credit is wrong, and recall
 * without transfer fell to 0.8991 at day 30 (seed 2; target 0.90).
 */
function creditedCard(card: ReviewCard, now: number, share: number, retention: number): ReviewCard {
  const marked = { ...card, credited: true };
  if (share === 0) return marked;
  const credited = creditReview(card, now, share, retention);
  return isDue(card, now) && isDue(credited, now) ? marked : credited;
}

/**
 * How many due reviews one question on `skill` would stand for: 1 for itself if due, plus the
 * credit (times the learner's trust) for each due prerequisite.
 */
export function reviewCoverage(skill: SkillId, due: ReadonlySet<SkillId>, trust: number): number {
  let covered = due.has(skill) ? 1 : 0;
  for (const { skill: below, credit } of prerequisiteCredits(skill)) {
    if (due.has(below)) covered += credit * trust;
  }
  return covered;
}
