import { describe, expect, it } from "vitest";
import { asSeed, createRandom } from "../shared";
import { drawGate, gradeGate, isGateOpen } from "./gate";
import type { GateQuiz } from "./gate";
import { skillState } from "./learner-state";
import type { LearnerState } from "./learner-state";
import { recordAttempt } from "./record-attempt";
import { id, placedLearner, T0, withEstimate } from "./test-fixtures";

const UNIT_1 = ["S1", "S2", "S3"];

/** A placed learner with unit 1's skills at `p`. */
const atUnit1 = (p: number): LearnerState =>
  UNIT_1.reduce((state, skill) => withEstimate(state, id(skill), p), placedLearner());

/** Records the gate's answers as the server would, then grades it. */
function take(state: LearnerState, quiz: GateQuiz, right: (skill: string, i: number) => boolean) {
  const answers = quiz.items.map((item, i) => right(item.skill, i));
  const recorded = quiz.items.reduce(
    (next, item, i) =>
      recordAttempt(next, {
        skill: item.skill,
        at: T0,
        outcome: { kind: "answer", right: answers[i] === true, help: "none" },
      }),
    state,
  );
  return gradeGate(recorded, quiz, answers, T0);
}

describe("gate", () => {
  it("opens only when every skill of the unit reaches the bar", () => {
    expect(isGateOpen(atUnit1(0.96), 1, T0)).toBe(true);
    expect(isGateOpen(withEstimate(atUnit1(0.96), id("S3"), 0.9), 1, T0)).toBe(false);
  });

  it("draws 5 items per skill and 2 for a small skill, interleaved", () => {
    const quiz = drawGate(1, createRandom(asSeed(1)));
    const count = (skill: string) => quiz.items.filter((item) => item.skill === skill).length;
    expect([count("S1"), count("S2"), count("S3")]).toEqual([5, 5, 2]);
    expect(quiz.items.some((item, i) => i > 0 && quiz.items[i - 1]?.skill === item.skill)).toBe(
      false,
    );
  });

  it("draws new items for a retake", () => {
    const random = createRandom(asSeed(1));
    const first = drawGate(1, random).items.map((item) => item.seed);
    const retake = drawGate(1, random).items.map((item) => item.seed);
    expect(retake.filter((seed) => first.includes(seed))).toEqual([]);
  });

  it("passes with every skill at its quota, mastering the unit and scheduling reviews", () => {
    const quiz = drawGate(1, createRandom(asSeed(2)));
    const firstS1 = quiz.items.findIndex((item) => item.skill === id("S1"));
    const { state, result } = take(atUnit1(0.97), quiz, (_, i) => i !== firstS1);
    expect(result).toEqual({ kind: "passed", unit: 1 });
    expect(state.passedUnits).toEqual([1]);
    expect(UNIT_1.every((skill) => skillState(state, id(skill)).card !== null)).toBe(true);
    expect(isGateOpen(state, 1, T0)).toBe(false);
  });

  it("fails naming exactly the skills that fell short, and owes practice on those", () => {
    const quiz = drawGate(1, createRandom(asSeed(3)));
    const { state, result } = take(atUnit1(0.97), quiz, (skill) => skill !== "S3");
    expect(result.kind).toBe("failed");
    if (result.kind !== "failed") return;
    expect(result.shortfalls.map((s) => s.skill)).toEqual([id("S3")]);
    expect(result.shortfalls[0]).toMatchObject({ right: 0, needed: 2 });
    expect(state.retake).toEqual([{ skill: id("S3"), remaining: 2 }]);
    expect(isGateOpen(withEstimate(state, id("S3"), 0.99), 1, T0)).toBe(false);
  });

  it("fails a skill whose quota was met when its estimate ends below 0.95", () => {
    const quiz = drawGate(1, createRandom(asSeed(4)));
    const s1 = quiz.items.flatMap((item, i) => (item.skill === id("S1") ? [i] : []));
    const answers = quiz.items.map((_, i) => i !== s1[0]);
    const low = withEstimate(atUnit1(0.99), id("S1"), 0.5);
    const { result } = gradeGate(low, quiz, answers, T0);
    expect(result.kind === "failed" && result.shortfalls.map((s) => s.skill)).toEqual([id("S1")]);
  });

  it("throws when the answers do not match the quiz", () => {
    const quiz = drawGate(1, createRandom(asSeed(5)));
    expect(() => gradeGate(atUnit1(0.99), quiz, [true], T0)).toThrow(/got 1 answers/);
  });
});
