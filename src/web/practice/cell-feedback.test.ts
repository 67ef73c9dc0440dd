import { describe, expect, it } from "vitest";
import type { AnswerReply } from "../../api";
import { cellFeedback } from "./cell-feedback";

const solution = { answer: "1", steps: [] };

describe("cellFeedback", () => {
  it("marks exactly the wrong cells of a graded answer", () => {
    const reply: AnswerReply = {
      verdict: "incorrect",
      wrongCells: [[1, 0]],
      solution,
      history: [],
    };
    expect(cellFeedback(reply, { row: 1, col: 0 })).toEqual({ wrong: true, error: null });
    expect(cellFeedback(reply, { row: 0, col: 1 })).toEqual({ wrong: false, error: null });
  });

  it("puts each unreadable cell's message at that cell", () => {
    const reply: AnswerReply = {
      verdict: "invalid",
      errors: [{ cell: [0, 1], code: "syntax", position: 3, message: "Unexpected * at 4." }],
    };
    expect(cellFeedback(reply, { row: 0, col: 1 }).error).toEqual({
      message: "Unexpected * at 4.",
      position: 3,
    });
    expect(cellFeedback(reply, { row: 0, col: 0 }).error).toBeNull();
  });

  it("puts an error without a cell at the single answer cell", () => {
    const reply: AnswerReply = {
      verdict: "invalid",
      errors: [{ code: "empty", position: 0, message: "Type an answer." }],
    };
    expect(cellFeedback(reply, { row: 0, col: 0 }).error?.message).toBe("Type an answer.");
  });

  it("reports nothing before any reply", () => {
    expect(cellFeedback(null, { row: 0, col: 0 })).toEqual({ wrong: false, error: null });
  });
});
