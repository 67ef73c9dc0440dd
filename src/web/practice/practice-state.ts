import type { AnswerReply, AttemptSummary, PublicItemReply, SubmissionBody } from "../../api";
import { assertNever } from "../../core/shared";
import { blankDraft } from "./answer-input";

/** Everything the practice page shows, in one value. */
export interface PracticeState {
  readonly item: PublicItemReply | null;
  /** The answer being given, exactly as it will be sent; `null` before an item is loaded. */
  readonly draft: SubmissionBody | null;
  /** The server's last reply for this item. */
  readonly reply: AnswerReply | null;
  /** The learner's attempts at this skill; `null` until loaded. */
  readonly history: readonly AttemptSummary[] | null;
  readonly pending: "item" | "answer" | null;
  readonly failure: string | null;
}

/** What can happen on the practice page. */
export type PracticeAction =
  | { readonly type: "history-loaded"; readonly attempts: readonly AttemptSummary[] }
  | { readonly type: "request-sent"; readonly pending: "item" | "answer" }
  | { readonly type: "request-failed"; readonly message: string }
  | { readonly type: "item-loaded"; readonly item: PublicItemReply }
  | { readonly type: "draft-edited"; readonly draft: SubmissionBody }
  | { readonly type: "answer-received"; readonly reply: AnswerReply };

/** The page before anything has loaded. */
export const initialPracticeState: PracticeState = {
  item: null,
  draft: null,
  reply: null,
  history: null,
  pending: null,
  failure: null,
};

/**
 * A graded answer, right or wrong, closes the item and locks its input: the server counts an
 * item once, and the worked solution is on screen. Unreadable input leaves it open to edit.
 */
export const isGraded = (state: PracticeState): boolean =>
  state.reply !== null && state.reply.verdict !== "invalid";

/** The practice page's transitions. */
export function practiceReducer(state: PracticeState, action: PracticeAction): PracticeState {
  switch (action.type) {
    case "history-loaded":
      // A history that came with a graded answer is newer than the one loaded on open.
      return state.history === null ? { ...state, history: action.attempts } : state;
    case "request-sent":
      return { ...state, pending: action.pending, failure: null };
    case "request-failed":
      return { ...state, pending: null, failure: action.message };
    case "item-loaded": {
      const { item } = action;
      return { ...state, item, draft: blankDraft(item.spec), reply: null, pending: null };
    }
    case "draft-edited":
      if (isGraded(state)) return state;
      // The server's messages about unreadable input go stale once the learner edits.
      return { ...state, draft: action.draft, reply: null };
    case "answer-received": {
      const { reply } = action;
      const history = reply.verdict === "invalid" ? state.history : reply.history;
      return { ...state, reply, history, pending: null };
    }
    default:
      return assertNever(action);
  }
}
