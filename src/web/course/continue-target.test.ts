import { describe, expect, it } from "vitest";
import type { LearnerStateReply } from "../../api";
import { continueTarget } from "./continue-target";

type State = Pick<LearnerStateReply, "openGate" | "openSession" | "placed" | "next">;

const practice = { kind: "practice", skill: "S1", scaffold: "bare", reason: "weakest" } as const;
const nothingToDo = { kind: "end", reason: "nothing-to-do" } as const;

const session = {
  id: "s1",
  startedAt: "2026-01-01T00:00:00Z",
  endedAt: null,
  maxItems: 12,
  items: 5,
  reviews: 1,
};

describe("continueTarget", () => {
  it.each<[string, State, string, string]>([
    [
      "resumes an unfinished gate before anything else",
      { openGate: { id: "g1", unit: 2 }, openSession: session, placed: true, next: practice },
      "Resume unit 2's gate",
      "/gates/2",
    ],
    [
      "resumes the open session when no gate is unfinished",
      { openGate: null, openSession: session, placed: true, next: practice },
      "Continue your session (5 of 12 items)",
      "/study",
    ],
    [
      "starts a new session for a placed learner with nothing open",
      { openGate: null, openSession: null, placed: true, next: practice },
      "Start a study session",
      "/study",
    ],
    [
      "offers the placement check to a learner not yet placed",
      { openGate: null, openSession: null, placed: false, next: { kind: "placement" } },
      "Placement check",
      "/study",
    ],
  ])("%s", (_title, state, label, to) => {
    expect(continueTarget(state)).toEqual({ kind: "link", label, to });
  });

  it("says the learner is caught up when the plan has nothing to offer", () => {
    const state = { openGate: null, openSession: null, placed: true, next: nothingToDo };
    expect(continueTarget(state)).toEqual({ kind: "caught-up" });
  });

  it("still resumes an open session when the plan has nothing new", () => {
    const state = { openGate: null, openSession: session, placed: true, next: nothingToDo };
    expect(continueTarget(state)).toMatchObject({ kind: "link", to: "/study" });
  });
});
