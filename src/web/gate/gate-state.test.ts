import { describe, expect, it } from "vitest";
import type { GateResult } from "../../api";
import { gradedReply, testItem } from "../study/test-fixtures";
import { gateReducer, initialGateState, type GateAction } from "./gate-state";

const run = (...actions: GateAction[]) => actions.reduce(gateReducer, initialGateState);
const attempt = (answered: number, result: GateResult | null = null): GateAction => ({
  type: "attempt-loaded",
  attempt: { id: "gate-1", unit: 1, total: 5, answered, result },
});
const nextItem = (position: number): GateAction => ({
  type: "next-loaded",
  next: { kind: "item", item: testItem(`g${position}`, 0), position, total: 5 },
});
const failed: GateResult = {
  kind: "failed",
  unit: 1,
  shortfalls: [{ skill: "S2", title: "Jacobian shape", right: 1, needed: 2, estimate: 0.4 }],
};

describe("gateReducer", () => {
  it("resumes an attempt at the position it was left", () => {
    const resumed = run(attempt(2));
    expect(resumed.attemptId).toBe("gate-1");
    expect(resumed.position).toBe(2);
    const state = gateReducer(resumed, nextItem(2));
    expect(state.position).toBe(2);
    expect(state.total).toBe(5);
    expect(state.current?.item.id).toBe("g2");
  });

  it("shows a finished attempt's result straight away", () => {
    expect(run(attempt(5, failed)).result).toEqual(failed);
  });

  it("takes the verdict from the last answer and keeps that item's verdict on screen", () => {
    const reply = gradedReply("incorrect", { gate: failed });
    const state = run(attempt(4), nextItem(4), { type: "answer-received", reply });
    expect(state.result).toEqual(failed);
    expect(state.current?.reply).toEqual(reply);
  });

  it("has no result while answers are still to come", () => {
    const reply = gradedReply("correct");
    expect(run(attempt(0), nextItem(0), { type: "answer-received", reply }).result).toBeNull();
  });

  it("ends on the result when the next call says the quiz is done", () => {
    const passed: GateResult = { kind: "passed", unit: 1 };
    const state = run(attempt(5), { type: "next-loaded", next: { kind: "done", result: passed } });
    expect(state.result).toEqual(passed);
    expect(state.current).toBeNull();
  });

  it("locks a graded gate answer against edits", () => {
    const graded = run(nextItem(0), { type: "answer-received", reply: gradedReply("correct") });
    const draft = { kind: "expression", text: "x1" } as const;
    expect(gateReducer(graded, { type: "draft-edited", draft }).current?.draft).not.toEqual(draft);
  });
});
