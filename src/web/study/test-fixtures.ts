import type { AnswerReply, PublicItemReply, StudySession } from "../../api";

/** An expression item, as a session or a gate would issue it. */
export const testItem = (id = "item-1", hintCount = 2): PublicItemReply => ({
  id,
  skill: "S1",
  skillTitle: "The Jacobian matrix",
  difficulty: 1,
  prompt: "Differentiate $x_1^2$.",
  spec: { kind: "expression", variables: ["x1"] },
  hintCount,
});

/** A graded reply, right or wrong, with an optional estimate change. */
export const gradedReply = (
  verdict: "correct" | "incorrect",
  extra: Partial<Extract<AnswerReply, { solution: unknown }>> = {},
): AnswerReply => ({
  verdict,
  solution: { answer: "2x_1", steps: [{ text: "Power rule." }] },
  history: [],
  ...extra,
});

/** A reply for input the server could not read. */
export const invalidReply: AnswerReply = {
  verdict: "invalid",
  errors: [{ code: "unexpected-token", position: 2, message: "Unexpected ')'" }],
};

/** A session with `items` of 10 already answered. */
export const testSession = (items = 0): StudySession => ({
  id: "session-1",
  startedAt: "2026-01-01T10:00:00Z",
  endedAt: null,
  maxItems: 10,
  items,
  reviews: 0,
});
