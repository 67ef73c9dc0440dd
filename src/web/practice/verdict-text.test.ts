import { describe, expect, it } from "vitest";
import type { AnswerReply } from "../../api";
import { verdictText } from "./verdict-text";

const graded = { solution: { answer: "1", steps: [] }, history: [] };

describe("verdictText", () => {
  it("names a diagnosed mistake with its fix", () => {
    const reply: AnswerReply = {
      verdict: "incorrect",
      reason: "value",
      mistakes: [{ id: "M1", name: "Wrong order.", fix: "Swap them." }],
      diagnosis: "Wrong order. Swap them.",
      ...graded,
    };
    expect(verdictText(reply)).toEqual({
      headline: "Not quite.",
      details: [],
      diagnosis: "Wrong order. Swap them.",
    });
  });

  it.each<[string, Partial<AnswerReply>, string[]]>([
    [
      "both shapes for a shape mismatch",
      { reason: "shape", expectedShape: { rows: 2, cols: 3 }, actualShape: { rows: 3, cols: 2 } },
      ["Your answer is 3×2, but the answer is 2×3."],
    ],
    [
      "the highlighted entries",
      { reason: "value", wrongCells: [[0, 1]] },
      ["The highlighted entries differ from the solution."],
    ],
    [
      "missing and extra paths",
      {
        reason: "value",
        missingPaths: [["x", "y"]],
        extraPaths: [
          ["x", "u", "y"],
          ["x", "v", "y"],
        ],
      },
      ["1 path is missing from your sum.", "2 paths do not belong in the sum."],
    ],
    [
      "an answer that could not be checked",
      { reason: "undetermined" },
      ["Your answer could not be checked: it is undefined at too many points."],
    ],
  ])("says %s", (_title, fields, details) => {
    const reply = { verdict: "incorrect", ...graded, ...fields } as AnswerReply;
    expect(verdictText(reply)).toEqual({ headline: "Not quite.", details, diagnosis: null });
  });

  it("says that nothing was recorded for unreadable input", () => {
    const reply: AnswerReply = { verdict: "invalid", errors: [] };
    expect(verdictText(reply).details).toEqual(["Fix it and check again; nothing was recorded."]);
  });
});
