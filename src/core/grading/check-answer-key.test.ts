import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { parseTrustedExpression } from "../math";
import type { AnswerKey } from "./answer-kinds";
import { checkAnswerKey } from "./check-answer-key";

const xy = ["x1", "x2"];
const e = (text: string) => parseTrustedExpression(text, xy);
const seed = asSeed(5);
const spec = { kind: "matrix", rows: 1, cols: 2, variables: xy, chooseShape: false } as const;

const matrixKey = (mistakes: AnswerKey["mistakes"]): AnswerKey =>
  ({ kind: "matrix", spec, solution: [[e("x1"), e("x2")]], mistakes }) as AnswerKey;

describe("checkAnswerKey", () => {
  it("finds nothing wrong with a key whose mistakes all give other answers", () => {
    expect(
      checkAnswerKey(matrixKey([{ mistake: "M1", answer: [[e("x2"), e("x1")]] }]), seed),
    ).toEqual([]);
  });

  it.each<[string, AnswerKey, string[]]>([
    [
      "a mistake whose answer is the solution written differently",
      matrixKey([{ mistake: "M1", answer: [[e("x1 + 0"), e("2x2 - x2")]] }]),
      ["mistake M1's answer grades as correct"],
    ],
    [
      "a mistake whose answer has a shape the fixed grid does not offer",
      matrixKey([{ mistake: "M2b", answer: [[e("x1")], [e("x2")]] }]),
      ["mistake M2b's answer is 2×1 where the input offers 1×2"],
    ],
    [
      "two mistakes that give the same answer",
      matrixKey([
        { mistake: "M1", answer: [[e("x2"), e("x1")]] },
        { mistake: "M5", answer: [[e("x2"), e("x1 * 1")]] },
      ]),
      ["mistakes M1 and M5 give the same answer"],
    ],
    [
      "a mistake whose answer cannot be told from the solution",
      matrixKey([{ mistake: "M6", answer: [[e("log(-1 - x1^2)"), e("x2")]] }]),
      [
        "mistake M6's answer does not read back as itself (undetermined)",
        "mistake M6's answer cannot be told apart from the solution",
      ],
    ],
    [
      "a choice key whose solution is not an option",
      {
        kind: "choice",
        spec: { kind: "choice", options: [{ id: "a", label: "A" }] },
        solution: "b",
        mistakes: [],
      },
      ["the solution cannot be entered: that is not one of the options"],
    ],
    [
      "an ordering key whose mistake repeats a factor",
      {
        kind: "ordering",
        spec: {
          kind: "ordering",
          factors: [
            { id: "f", label: "F" },
            { id: "g", label: "G" },
          ],
        },
        solution: ["f", "g"],
        mistakes: [{ mistake: "M1", answer: ["g", "g"] }],
      },
      [
        "mistake M1's answer cannot be entered: place 2 repeats a factor already placed; place every factor once: 1 is missing",
      ],
    ],
  ])("lists %s", (_title, key, problems) => {
    expect(checkAnswerKey(key, seed)).toEqual(problems);
  });
});
