import type { AnswerReply, HintReply, PublicItemReply, SubmissionBody } from "../../api";
import { blankDraft } from "../practice/answer-input";

/** One item being answered: the draft, the server's verdict, and the hints revealed so far. */
export interface ItemAttempt {
  readonly item: PublicItemReply;
  readonly draft: SubmissionBody;
  readonly reply: AnswerReply | null;
  readonly hints: readonly string[];
  readonly hintsRemaining: number;
}

/** A fresh attempt at an item, with a blank answer and no hint shown. */
export function startAttempt(item: PublicItemReply): ItemAttempt {
  return {
    item,
    draft: blankDraft(item.spec),
    reply: null,
    hints: [],
    hintsRemaining: item.hintCount,
  };
}

/**
 * Whether the item is graded: in a session or a gate one graded answer counts (the server
 * replays it if sent again), so the input locks; unreadable input can still be fixed.
 */
export const isGraded = (attempt: ItemAttempt | null): boolean =>
  attempt?.reply != null && attempt.reply.verdict !== "invalid";

/** The attempt after the learner edits the answer; the server's notes on unreadable input go stale. */
export function editDraft(attempt: ItemAttempt, draft: SubmissionBody): ItemAttempt {
  return isGraded(attempt) ? attempt : { ...attempt, draft, reply: null };
}

/** The attempt with the hints the server has revealed. */
export function revealHints(attempt: ItemAttempt, reply: HintReply): ItemAttempt {
  return { ...attempt, hints: reply.hints, hintsRemaining: reply.remaining };
}
