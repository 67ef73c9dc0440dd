import { describe, expect, it } from "vitest";
import { asSeed, createRandom } from "../shared";
import { drawGate, gradeGate, isGateOpen } from "./gate";
import type { GateQuiz } from "./gate";
import { skillState } from "./learner-state";
import { gateQuota, MODEL } from "./params";
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
    expect(isGateOpen(atUnit1(MODEL.masteryBar), 1, T0)).toBe(true);
    expect(isGateOpen(withEstimate(atUnit1(0.96), id("S3"), 0.75), 1, T0)).toBe(false);
  });

  it("opens once every skill reaches the opening bar, below the bar a pass must keep", () => {
    expect(MODEL.gateOpenBar).toBeLessThan(MODEL.masteryBar);
    expect(isGateOpen(atUnit1(MODEL.gateOpenBar), 1, T0)).toBe(true);
    expect(isGateOpen(atUnit1(MODEL.gateOpenBar - 0.01), 1, T0)).toBe(false);
  });

  it("draws each skill's quota, interleaved", () => {
    const quiz = drawGate(atUnit1(0.9), 1, createRandom(asSeed(1)));
    const count = (skill: string) => quiz.items.filter((item) => item.skill === skill).length;
    expect([count("S1"), count("S2"), count("S3")]).toEqual([3, 3, 4]);
    expect(quiz.items.some((item, i) => i > 0 && quiz.items[i - 1]?.skill === item.skill)).toBe(
      false,
    );
  });

  it("draws new items for a retake", () => {
    const random = createRandom(asSeed(1));
    const first = drawGate(atUnit1(0.9), 1, random).items.map((item) => item.seed);
    const retake = drawGate(atUnit1(0.9), 1, random).items.map((item) => item.seed);
    expect(retake.filter((seed) => first.includes(seed))).toEqual([]);
  });

  it.each([
    ["S1", { items: 3, pass: 2 }],
    ["S3", { items: 4, pass: 3 }],
    ["S13", { items: 4, pass: 3 }],
  ])("sizes the gate part of %s by its slip and guess rates as %o", (skill, quota) => {
    expect(gateQuota(id(skill))).toEqual(quota);
  });

  it("passes with every skill at its quota, mastering the unit and scheduling reviews", () => {
    const quiz = drawGate(atUnit1(0.9), 1, createRandom(asSeed(2)));
    const firstS1 = quiz.items.findIndex((item) => item.skill === id("S1"));
    const { state, result } = take(atUnit1(0.9), quiz, (_, i) => i !== firstS1);
    expect(result).toEqual({ kind: "passed", unit: 1 });
    expect(state.passedUnits).toEqual([1]);
    expect(UNIT_1.every((skill) => skillState(state, id(skill)).card !== null)).toBe(true);
    expect(isGateOpen(state, 1, T0)).toBe(false);
  });

  it("fails naming exactly the skills that fell short, and owes practice on those", () => {
    const quiz = drawGate(atUnit1(0.97), 1, createRandom(asSeed(3)));
    const { state, result } = take(atUnit1(0.97), quiz, (skill) => skill !== "S3");
    expect(result.kind).toBe("failed");
    if (result.kind !== "failed") return;
    expect(result.shortfalls.map((s) => s.skill)).toEqual([id("S3")]);
    expect(result.shortfalls[0]).toMatchObject({ right: 0, needed: 3 });
    expect(state.retake).toEqual([{ skill: id("S3"), remaining: 2 }]);
    expect(isGateOpen(withEstimate(state, id("S3"), 0.99), 1, T0)).toBe(false);
  });

  it("retakes only the skills that fell short, and passes the unit when they pass", () => {
    const random = createRandom(asSeed(6));
    const first = take(atUnit1(0.97), drawGate(atUnit1(0.97), 1, random), (s) => s !== "S3");
    expect(first.state.gateCleared).toEqual([id("S1"), id("S2")]);
    const practised = { ...withEstimate(first.state, id("S3"), 0.97), retake: [] };
    expect(isGateOpen(practised, 1, T0)).toBe(true);
    const retake = drawGate(practised, 1, random);
    expect(new Set(retake.items.map((item) => item.skill))).toEqual(new Set([id("S3")]));
    const second = take(practised, retake, () => true);
    expect(second.result).toEqual({ kind: "passed", unit: 1 });
    expect(second.state.gateCleared).toEqual([]);
    expect(UNIT_1.every((skill) => skillState(second.state, id(skill)).card !== null)).toBe(true);
  });

  it("fails a skill whose quota was met when its estimate ends below 0.95", () => {
    const quiz = drawGate(atUnit1(0.99), 1, createRandom(asSeed(4)));
    const s1 = quiz.items.flatMap((item, i) => (item.skill === id("S1") ? [i] : []));
    const answers = quiz.items.map((_, i) => i !== s1[0]);
    const low = withEstimate(atUnit1(0.99), id("S1"), 0.5);
    const { result } = gradeGate(low, quiz, answers, T0);
    expect(result.kind === "failed" && result.shortfalls.map((s) => s.skill)).toEqual([id("S1")]);
  });

  it("throws when the answers do not match the quiz", () => {
    const quiz = drawGate(atUnit1(0.99), 1, createRandom(asSeed(5)));
    expect(() => gradeGate(atUnit1(0.99), quiz, [true], T0)).toThrow(/got 1 answers/);
  });
});
