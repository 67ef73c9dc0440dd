import type { Random, Seed, SkillId } from "../shared";
import { asSeed } from "../shared";
import { recordReview } from "./fsrs-adapter";
import { skillState, withSkill } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { masteryEstimate } from "./mastery";
import { gateQuota, MODEL } from "./params";
import { learnerRetention } from "./review-fit";
import { unitSkills } from "./skill-graph";

/** One question of a gate: a skill and the seed its item is generated from. */
export interface GateItem {
  readonly skill: SkillId;
  readonly seed: Seed;
}

/** A gate quiz: fresh items over every skill of the unit, interleaved, answered without hints. */
export interface GateQuiz {
  readonly unit: number;
  readonly items: readonly GateItem[];
}

/** A skill that fell short in a gate, and why. */
export interface Shortfall {
  readonly skill: SkillId;
  readonly right: number;
  readonly needed: number;
  readonly estimate: number;
}

/** The verdict of a gate. */
export type GateResult =
  | { readonly kind: "passed"; readonly unit: number }
  | { readonly kind: "failed"; readonly unit: number; readonly shortfalls: readonly Shortfall[] };

/** The unit's skills the next attempt at its gate tests: those no earlier attempt cleared. */
export function gateSkills(state: LearnerState, unit: number): readonly SkillId[] {
  return unitSkills(unit).filter((skill) => !state.gateCleared.includes(skill));
}

/**
 * Whether the unit's gate is open at `now`: not yet passed, every skill still to test at the
 * mastery bar, and the practice owed after a failed attempt done.
 */
export function isGateOpen(state: LearnerState, unit: number, now: number): boolean {
  if (state.passedUnits.includes(unit)) return false;
  const skills = gateSkills(state, unit);
  return (
    skills.length > 0 &&
    state.retake.every((owed) => owed.remaining === 0) &&
    skills.every((skill) => masteryEstimate(state, skill, now) >= MODEL.gateOpenBar)
  );
}

/**
 * Draws a gate quiz over the skills the learner still has to clear (all of the unit's on a
 * first attempt, the shortfall skills on a retake). Items get fresh seeds from `random`, so a
 * retake never repeats an item. The order interleaves skills: each next item is drawn from the
 * skills with the most items left other than the previous one, which never puts a skill twice in
 * a row when that can be avoided.
 */
export function drawGate(state: LearnerState, unit: number, random: Random): GateQuiz {
  const left = new Map(gateSkills(state, unit).map((skill) => [skill, gateQuota(skill).items]));
  const total = sum(left.values());
  const order: SkillId[] = [];
  for (let previous: SkillId | undefined; order.length < total;) {
    const open = [...left].filter(([skill, n]) => n > 0 && (skill !== previous || left.size === 1));
    const candidates = open.length > 0 ? open : [...left].filter(([, n]) => n > 0);
    const most = Math.max(...candidates.map(([, n]) => n));
    const skill = random.pick(candidates.filter(([, n]) => n === most))[0];
    left.set(skill, (left.get(skill) ?? 0) - 1);
    order.push(skill);
    previous = skill;
  }
  return {
    unit,
    items: order.map((skill) => ({ skill, seed: asSeed(random.int(0, 0xffffffff)) })),
  };
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * Grades a gate at `now` from the learner's right/wrong per item, in quiz order. Each answer must
 * already be in the state through `recordAttempt` (the server records answers as they arrive).
 * A skill passes with its quota right and its estimate still at the bar. Passing masters the
 * unit's skills and starts their review schedules; failing names the short skills and owes
 * practice on exactly those before a retake.
 */
export function gradeGate(
  state: LearnerState,
  quiz: GateQuiz,
  right: readonly boolean[],
  now: number,
): { readonly state: LearnerState; readonly result: GateResult } {
  if (right.length !== quiz.items.length) {
    throw new Error(`A gate of ${quiz.items.length} items got ${right.length} answers`);
  }
  const tested = unitSkills(quiz.unit).filter((skill) =>
    quiz.items.some((item) => item.skill === skill),
  );
  const shortfalls = tested.flatMap((skill) => shortfall(state, quiz, right, skill, now));
  if (shortfalls.length > 0) {
    const retake = shortfalls.map((s) => ({ skill: s.skill, remaining: MODEL.retakePractice }));
    const short = new Set(shortfalls.map((s) => s.skill));
    const gateCleared = [...state.gateCleared, ...tested.filter((skill) => !short.has(skill))];
    const failed = { ...state, retake, gateCleared };
    return { state: failed, result: { kind: "failed", unit: quiz.unit, shortfalls } };
  }
  return { state: passUnit(state, quiz.unit, now), result: { kind: "passed", unit: quiz.unit } };
}

function shortfall(
  state: LearnerState,
  quiz: GateQuiz,
  right: readonly boolean[],
  skill: SkillId,
  now: number,
): Shortfall[] {
  const got = quiz.items.filter((item, i) => item.skill === skill && right[i] === true).length;
  const needed = gateQuota(skill).pass;
  const estimate = masteryEstimate(state, skill, now);
  return got >= needed && estimate >= MODEL.masteryBar
    ? []
    : [{ skill, right: got, needed, estimate }];
}

function passUnit(state: LearnerState, unit: number, now: number): LearnerState {
  const passedUnits = [...state.passedUnits, unit];
  let next: LearnerState = { ...state, retake: [], gateCleared: [], passedUnits };
  const retention = learnerRetention(state.reviewFit);
  for (const skill of unitSkills(unit)) {
    const entry = skillState(next, skill);
    next = withSkill(next, skill, { ...entry, card: recordReview(null, now, "good", retention) });
  }
  return next;
}
