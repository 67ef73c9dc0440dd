import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import type { AnswerKeyOf, SpecOf } from "./answer-kinds";
import { answerLatex, answerText } from "./answer-text";
import { arrowsApart, arrowStep, arrowTolerance } from "./arrow-tolerance";
import { checkAnswerKey } from "./check-answer-key";
import { gradeAnswer } from "./grade-answer";
import { arrowGrader } from "./grade-arrow";
import { toPublicSpec } from "./public-spec";
import { toSubmission } from "./to-submission";

const spec: SpecOf<"arrow"> = { kind: "arrow", name: "Δy", axes: ["Δy₁", "Δy₂"], span: 10 };
/** The truth has length 5, so the tolerance is 5% of it: 0.25. */
const truth = [3, 4];

function grade(tip: readonly number[]) {
  const read = arrowGrader.read(spec, { kind: "arrow", tip });
  if (!read.ok) return { invalid: read.error.map((e) => [e.cell, e.error.code]) };
  return arrowGrader.compare(truth, read.value, spec, asSeed(7));
}

describe("arrowGrader", () => {
  it.each<[string, readonly number[], object]>([
    ["the truth itself is the same", [3, 4], { kind: "same" }],
    ["a tip 0.24 away (inside 5% of the length) is the same", [3.24, 4], { kind: "same" }],
    ["a tip 0.26 away (outside 5% of the length) is different", [3, 4.26], { kind: "different" }],
    ["the transposed arrow is different", [4, 3], { kind: "different" }],
    [
      "a tip with a coordinate missing is a shape mismatch",
      [3],
      { invalid: [[undefined, "bad-shape"]] },
    ],
    [
      "a coordinate that is not a number is invalid at its place",
      [3, NaN],
      { invalid: [[[1, 0], "not-allowed"]] },
    ],
    ["an infinite coordinate is invalid", [Infinity, 4], { invalid: [[[0, 0], "not-allowed"]] }],
    ["an arrow far off the box is refused", [1000, 0], { invalid: [[undefined, "too-large"]] }],
  ])("%s", (_title, tip, expected) => {
    expect(grade(tip)).toEqual(expected);
  });

  it("reports a shape mismatch when an expected arrow has another dimension", () => {
    expect(arrowGrader.compare([1, 2, 3], [1, 2], spec, asSeed(7))).toEqual({
      kind: "shape",
      expected: { rows: 3, cols: 1 },
      actual: { rows: 2, cols: 1 },
    });
  });
});

describe("arrowTolerance", () => {
  it("is 5% of the truth's length for a long truth", () => {
    expect(arrowTolerance([3, 4], 10)).toBeCloseTo(0.25, 12);
  });
  it("never drops below one fine keyboard step of the box", () => {
    expect(arrowTolerance([0.01, 0], 10)).toBe(arrowStep(10, true));
    expect(arrowStep(10, true)).toBeCloseTo(0.05, 12);
    expect(arrowStep(10, false)).toBeCloseTo(0.5, 12);
  });
  it("calls two arrows apart only when no tip is within tolerance of both", () => {
    expect(arrowsApart([3, 4], [4, 3], 10)).toBe(true);
    expect(arrowsApart([3, 4], [3, 4.4], 10)).toBe(false);
  });
});

const key: AnswerKeyOf<"arrow"> = {
  kind: "arrow",
  spec,
  solution: truth,
  mistakes: [{ mistake: "M1", answer: [4, 3] }],
};

describe("grading an arrow item", () => {
  it.each<[string, readonly number[], object]>([
    ["a tip near the truth is correct", [3.1, 3.95], { verdict: "correct" }],
    [
      "a tip near the wrong-order arrow names M1",
      [4.1, 2.9],
      { verdict: "incorrect", reason: "value", mistakes: ["M1"] },
    ],
    [
      "a tip near neither names no mistake",
      [-3, 1],
      { verdict: "incorrect", reason: "value", mistakes: [] },
    ],
  ])("%s", (_title, tip, expected) => {
    expect(gradeAnswer(key, { kind: "arrow", tip }, asSeed(7))).toMatchObject(expected);
  });

  it("returns an input error value, not a throw, for a malformed submission", () => {
    const result = gradeAnswer(key, { kind: "arrow", tip: [1, 2, 3] }, asSeed(7));
    expect(result.verdict).toBe("invalid");
  });

  it("finds no problem with a key whose mistake is apart from the truth", () => {
    expect(checkAnswerKey(key, asSeed(7))).toEqual([]);
  });

  it("finds a mistake's arrow that would grade as correct", () => {
    const close = { ...key, mistakes: [{ mistake: "M1" as const, answer: [3, 4.1] }] };
    expect(checkAnswerKey(close, asSeed(7))).toContain("mistake M1's answer grades as correct");
  });

  it("writes the answer as a vector of coordinates and reads it back", () => {
    expect(answerText("arrow", [0.35, -2])).toBe("[0.35, -2]");
    expect(answerLatex(spec, [0.35, -2])).toContain("0.35");
    expect(toSubmission("arrow", [0.35, -2])).toEqual({ kind: "arrow", tip: [0.35, -2] });
  });

  it("shows the whole spec to the learner: it holds nothing of the answer", () => {
    expect(toPublicSpec(spec)).toEqual(spec);
  });
});
