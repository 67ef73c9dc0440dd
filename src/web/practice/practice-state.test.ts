import { describe, expect, it } from "vitest";
import type { AnswerReply, AttemptSummary, PublicItemReply, SubmissionBody } from "../../api";
import {
  initialPracticeState,
  isGraded,
  practiceReducer,
  type PracticeAction,
  type PracticeState,
} from "./practice-state";

const item: PublicItemReply = {
  id: "item-1",
  skill: "S1",
  skillTitle: "The Jacobian matrix",
  difficulty: 1,
  prompt: "Find $J$.",
  spec: { kind: "matrix", rows: 2, cols: 2, variables: ["x"], chooseShape: false },
  hintCount: 0,
};
const attempt = (itemId: string, correct: boolean): AttemptSummary => ({
  itemId,
  correct,
  answeredAt: "2025-01-01T10:00:00Z",
});
const wrong: AnswerReply = {
  verdict: "incorrect",
  wrongCells: [[0, 0]],
  solution: { answer: "1", steps: [] },
  history: [attempt("item-1", false)],
};
const invalid: AnswerReply = {
  verdict: "invalid",
  errors: [{ cell: [0, 0], code: "syntax", position: 0, message: "Bad." }],
};

const run = (...actions: PracticeAction[]): PracticeState =>
  actions.reduce(practiceReducer, initialPracticeState);
const typed = (text: string): SubmissionBody => ({
  kind: "matrix",
  cells: [
    ["", text],
    ["", ""],
  ],
});
const edit = (text: string): PracticeAction => ({ type: "draft-edited", draft: typed(text) });

describe("practiceReducer", () => {
  it("opens a new item with a blank answer of its kind and shape, and no reply", () => {
    const state = run({ type: "answer-received", reply: invalid }, { type: "item-loaded", item });
    expect(state.draft).toEqual({
      kind: "matrix",
      cells: [
        ["", ""],
        ["", ""],
      ],
    });
    expect(state.reply).toBeNull();
  });

  it("records the answer as the learner edits it", () => {
    expect(run({ type: "item-loaded", item }, edit("2*x")).draft).toEqual(typed("2*x"));
  });

  it("drops an invalid reply once a cell is edited", () => {
    const state = run(
      { type: "item-loaded", item },
      { type: "answer-received", reply: invalid },
      edit("1"),
    );
    expect(state.reply).toBeNull();
  });

  it("takes the reply's history after a wrong answer and locks the answer", () => {
    const answered = run({ type: "item-loaded", item }, { type: "answer-received", reply: wrong });
    expect(isGraded(answered)).toBe(true);
    expect(answered.history).toEqual([attempt("item-1", false)]);
    expect(practiceReducer(answered, edit("1"))).toBe(answered);
  });

  it("locks the answer after a correct answer", () => {
    const right: AnswerReply = { ...wrong, verdict: "correct", wrongCells: [] };
    const state = run(
      { type: "item-loaded", item },
      { type: "answer-received", reply: right },
      edit("1"),
    );
    expect(isGraded(state)).toBe(true);
    expect(state.draft).toEqual(run({ type: "item-loaded", item }).draft);
  });

  it("keeps the history from an answer over a slower history load", () => {
    const state = run(
      { type: "answer-received", reply: wrong },
      { type: "history-loaded", attempts: [] },
    );
    expect(state.history).toHaveLength(1);
  });

  it("keeps the history unchanged when the answer was unreadable", () => {
    const state = run(
      { type: "history-loaded", attempts: [attempt("old", true)] },
      { type: "answer-received", reply: invalid },
    );
    expect(state.history).toEqual([attempt("old", true)]);
  });

  it("shows a failure until the next request and clears the pending flag", () => {
    const failed = run(
      { type: "request-sent", pending: "item" },
      { type: "request-failed", message: "No." },
    );
    expect(failed).toMatchObject({ pending: null, failure: "No." });
    expect(practiceReducer(failed, { type: "request-sent", pending: "answer" })).toMatchObject({
      pending: "answer",
      failure: null,
    });
  });
});
