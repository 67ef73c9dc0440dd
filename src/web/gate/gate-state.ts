import type {
  AnswerReply,
  GateAttemptReply,
  GateNextReply,
  GateResult,
  SubmissionBody,
} from "../../api";
import { assertNever } from "../../core/shared";
import { editDraft, startAttempt, type ItemAttempt } from "../study/item-attempt";

/** What the gate page is waiting for, if anything. */
export type GatePending = "attempt" | "item" | "answer";

/** Everything the gate page shows, in one value. */
export interface GateState {
  readonly attemptId: string | null;
  /** The item on screen, with its place in the quiz (0-based, as the server counts). */
  readonly current: ItemAttempt | null;
  readonly position: number;
  readonly total: number;
  readonly result: GateResult | null;
  readonly pending: GatePending | null;
  readonly failure: string | null;
}

/** What can happen on the gate page. */
export type GateAction =
  | { readonly type: "request-sent"; readonly pending: GatePending }
  | { readonly type: "request-failed"; readonly message: string }
  | { readonly type: "attempt-loaded"; readonly attempt: GateAttemptReply }
  | { readonly type: "next-loaded"; readonly next: GateNextReply }
  | { readonly type: "draft-edited"; readonly draft: SubmissionBody }
  | { readonly type: "answer-received"; readonly reply: AnswerReply };

/** The page before the attempt is started or resumed. */
export const initialGateState: GateState = {
  attemptId: null,
  current: null,
  position: 0,
  total: 0,
  result: null,
  pending: "attempt",
  failure: null,
};

function nextLoaded(state: GateState, next: GateNextReply): GateState {
  switch (next.kind) {
    case "item": {
      const { item, position, total } = next;
      return { ...state, current: startAttempt(item), position, total, pending: null };
    }
    case "done":
      return { ...state, current: null, result: next.result, pending: null };
    default:
      return assertNever(next);
  }
}

/** The gate page's transitions. */
export function gateReducer(state: GateState, action: GateAction): GateState {
  switch (action.type) {
    case "request-sent":
      return { ...state, pending: action.pending, failure: null };
    case "request-failed":
      return { ...state, pending: null, failure: action.message };
    case "attempt-loaded": {
      const { id, total, answered, result } = action.attempt;
      return { ...state, attemptId: id, total, position: answered, result, pending: null };
    }
    case "next-loaded":
      return nextLoaded(state, action.next);
    case "draft-edited":
      return state.current ? { ...state, current: editDraft(state.current, action.draft) } : state;
    case "answer-received": {
      const { reply } = action;
      const current = state.current && { ...state.current, reply };
      // The last answer of the quiz carries the verdict; the item's own verdict stays on screen.
      const result = reply.verdict !== "invalid" && reply.gate ? reply.gate : state.result;
      return { ...state, current, result, pending: null };
    }
    default:
      return assertNever(action);
  }
}
