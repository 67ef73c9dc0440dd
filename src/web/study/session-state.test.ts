import { describe, expect, it } from "vitest";
import type { SessionSummaryReply } from "../../api";
import { initialSessionState, sessionReducer, type SessionAction } from "./session-state";
import { gradedReply, invalidReply, testItem, testSession } from "./test-fixtures";

const run = (...actions: SessionAction[]) => actions.reduce(sessionReducer, initialSessionState);
const itemStep = (id = "item-1"): SessionAction => ({
  type: "step-loaded",
  step: { kind: "item", purpose: "practice", item: testItem(id), shownSteps: [] },
});
const started: SessionAction = { type: "session-loaded", session: testSession(3) };

describe("sessionReducer", () => {
  it("keeps the session the server last sent, for the progress bar", () => {
    const later = { type: "session-loaded", session: testSession(4) } as const;
    expect(run(started, itemStep(), later).session?.items).toBe(4);
  });

  it("opens an item step with a blank answer and no hints shown", () => {
    const state = run(started, itemStep());
    expect(state.attempt?.draft).toEqual({ kind: "expression", text: "" });
    expect(state.attempt?.hints).toEqual([]);
    expect(state.attempt?.hintsRemaining).toBe(2);
  });

  it("keeps a graded verdict on screen until the next step", () => {
    const reply = gradedReply("incorrect");
    const state = run(
      started,
      itemStep(),
      { type: "request-sent", pending: "answer" },
      {
        type: "answer-received",
        reply,
      },
    );
    expect(state.attempt?.reply).toEqual(reply);
    expect(state.pending).toBeNull();
    expect(sessionReducer(state, itemStep("item-2")).attempt?.reply).toBeNull();
  });

  it("locks the answer once graded but lets the learner fix unreadable input", () => {
    const draft = { kind: "expression", text: "2*x1" } as const;
    const invalid = run(itemStep(), { type: "answer-received", reply: invalidReply });
    expect(sessionReducer(invalid, { type: "draft-edited", draft }).attempt?.draft).toEqual(draft);
    const graded = run(itemStep(), { type: "answer-received", reply: gradedReply("correct") });
    const locked = sessionReducer(graded, { type: "draft-edited", draft });
    expect(locked.attempt?.draft).toEqual({ kind: "expression", text: "" });
  });

  it("shows the hints the server revealed, one more each time", () => {
    const state = run(
      itemStep(),
      { type: "request-sent", pending: "hint" },
      {
        type: "hints-received",
        reply: { hints: ["Use the power rule."], remaining: 1 },
      },
    );
    expect(state.attempt?.hints).toEqual(["Use the power rule."]);
    expect(state.attempt?.hintsRemaining).toBe(1);
    expect(state.pending).toBeNull();
  });

  it("replaces the attempt when the next step is a worked example", () => {
    const example = {
      id: "ex",
      skill: "S1",
      skillTitle: "The Jacobian matrix",
      prompt: "p",
      answer: "a",
      steps: [],
    };
    const state = run(itemStep(), {
      type: "step-loaded",
      step: { kind: "worked-example", example },
    });
    expect(state.attempt).toBeNull();
    expect(state.step?.kind).toBe("worked-example");
  });

  it("ends on the summary the server sent", () => {
    const summary: SessionSummaryReply = {
      items: 4,
      right: 3,
      reviews: 1,
      practised: [],
      newlyMastered: [],
      unitsPassed: [],
      stuck: [],
      nextReviewDue: null,
      dueNow: 0,
    };
    const state = run(itemStep(), { type: "session-ended", summary });
    expect(state.step).toEqual({ kind: "end", summary });
    expect(state.attempt).toBeNull();
  });

  it("keeps the failure sentence until the next request", () => {
    const failed = run({ type: "request-failed", message: "The server could not be reached." });
    expect(failed.failure).toBe("The server could not be reached.");
    expect(failed.pending).toBeNull();
    expect(sessionReducer(failed, { type: "request-sent", pending: "step" }).failure).toBeNull();
  });
});
