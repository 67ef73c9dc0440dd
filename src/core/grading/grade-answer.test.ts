import { describe, expect, it } from "vitest";
import { asSeed, asSkillId } from "../shared";
import { parseTrustedExpression } from "../math";
import { generateItem } from "../course";
import type { AnswerKey, Submission } from "./answer-kinds";
import { checkAnswerKey } from "./check-answer-key";
import { gradeAnswer } from "./grade-answer";
import { toSubmission } from "./to-submission";

const seed = asSeed(11);
const xy = ["x1", "x2"];
const e = (text: string) => parseTrustedExpression(text, xy);
const grid = (rows: string[][]) => rows.map((row) => row.map(e));

/** A 2×3 Jacobian whose transpose (mistake M2a) is 3×2, for a chosen-shape matrix item. */
const wideJacobian: AnswerKey = {
  kind: "matrix",
  spec: { kind: "matrix", rows: 2, cols: 3, variables: xy, chooseShape: true },
  solution: grid([
    ["x2", "x1", "1"],
    ["0", "2*x2", "x1"],
  ]),
  mistakes: [
    {
      mistake: "M2a",
      answer: grid([
        ["x2", "0"],
        ["x1", "2*x2"],
        ["1", "x1"],
      ]),
    },
  ],
};

describe("gradeAnswer on S1 items", () => {
  const items = Array.from({ length: 200 }, (_, i) => generateItem(asSkillId("S1"), asSeed(i)));

  it("grades the solution, sent as a learner would, correct for 200 seeds", () => {
    const wrong = items.filter(
      (item) =>
        gradeAnswer(item.key, toSubmission(item.key.kind, item.key.solution), item.seed).verdict !==
        "correct",
    );
    expect(wrong.map((item) => item.seed)).toEqual([]);
  });

  it("diagnoses every catalogued mistake's answer as that mistake for 200 seeds", () => {
    const missed = items.flatMap((item) =>
      item.key.mistakes.flatMap((m) => {
        const result = gradeAnswer(item.key, toSubmission(item.key.kind, m.answer), item.seed);
        const named = result.verdict === "incorrect" && result.mistakes.includes(m.mistake);
        return named ? [] : [`${item.seed}: ${m.mistake}`];
      }),
    );
    expect(missed).toEqual([]);
    expect(items.every((item) => item.key.mistakes.length > 0)).toBe(true);
  });

  it("finds no problem in the keys of 200 seeds", () => {
    expect(items.flatMap((item) => checkAnswerKey(item.key, item.seed))).toEqual([]);
  });
});

describe("gradeAnswer", () => {
  it("names the transposed Jacobian even though its shape differs", () => {
    const mistake = wideJacobian.mistakes[0];
    if (!mistake) throw new Error("fixture has a mistake");
    const result = gradeAnswer(wideJacobian, toSubmission("matrix", mistake.answer), seed);
    expect(result).toEqual({
      verdict: "incorrect",
      reason: "shape",
      expectedShape: { rows: 2, cols: 3 },
      actualShape: { rows: 3, cols: 2 },
      mistakes: ["M2a"],
    });
  });

  it("names no mistake for a wrong answer that no mistake gives", () => {
    const cells = [
      ["x2", "x1", "1"],
      ["0", "x2", "x1"],
    ];
    expect(gradeAnswer(wideJacobian, { kind: "matrix", cells }, seed)).toEqual({
      verdict: "incorrect",
      reason: "value",
      wrongCells: [[1, 1]],
      mistakes: [],
    });
  });

  it("names every mistake that gives the same answer", () => {
    const key: AnswerKey = {
      kind: "expression",
      spec: { kind: "expression", variables: xy },
      solution: e("2*x1"),
      mistakes: [
        { mistake: "M5", answer: e("2*x2") },
        { mistake: "M6", answer: e("x2 + x2") },
        { mistake: "M7", answer: e("x1") },
      ],
    };
    const result = gradeAnswer(key, { kind: "expression", text: "2x2" }, seed);
    expect(result).toMatchObject({ verdict: "incorrect", mistakes: ["M5", "M6"] });
  });

  it.each<[string, Submission]>([
    ["a shape", { kind: "shape", text: "2x3" }],
    ["an expression", { kind: "expression", text: "x1" }],
    ["a choice", { kind: "choice", choice: "a" }],
    ["paths", { kind: "paths", paths: [["x1", "y"]] }],
  ])("reads %s sent to a matrix item as invalid, not as an attempt", (_title, submission) => {
    const result = gradeAnswer(wideJacobian, submission, seed);
    expect(result.verdict === "invalid" && result.errors.map((x) => x.error.code)).toEqual([
      "not-allowed",
    ]);
  });
});
