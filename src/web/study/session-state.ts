import type {
  AnswerReply,
  HintReply,
  NextStepReply,
  SessionSummaryReply,
  StudySession,
  SubmissionBody,
} from "../../api";
import { assertNever } from "../../core/shared";
import { editDraft, revealHints, startAttempt, type ItemAttempt } from "./item-attempt";

/** What the study page is waiting for, if anything. */
export type SessionPending = "session" | "step" | "answer" | "hint" | "studied" | "end";

/** Everything the study page shows, in one value. */
export interface SessionState {
  readonly session: StudySession | null;
  readonly step: NextStepReply | null;
  /** The item being answered, when the step is an item. */
  readonly attempt: ItemAttempt | null;
  readonly pending: SessionPending | null;
  readonly failure: string | null;
}

/** What can happen on the study page. */
export type SessionAction =
  | { readonly type: "request-sent"; readonly pending: SessionPending }
  | { readonly type: "request-failed"; readonly message: string }
  /** The session as the server last sent it: started, resumed, or re-read after a new step. */
  | { readonly type: "session-loaded"; readonly session: StudySession }
  | { readonly type: "step-loaded"; readonly step: NextStepReply }
  | { readonly type: "draft-edited"; readonly draft: SubmissionBody }
  | { readonly type: "answer-received"; readonly reply: AnswerReply }
  | { readonly type: "hints-received"; readonly reply: HintReply }
  | { readonly type: "session-ended"; readonly summary: SessionSummaryReply };

/** The page before the session is started or resumed. */
export const initialSessionState: SessionState = {
  session: null,
  step: null,
  attempt: null,
  pending: "session",
  failure: null,
};

/** The state with the attempt changed, or unchanged when no item is on screen. */
function withAttempt(state: SessionState, change: (a: ItemAttempt) => ItemAttempt): SessionState {
  return state.attempt ? { ...state, attempt: change(state.attempt) } : state;
}

/** The study page's transitions. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "request-sent":
      return { ...state, pending: action.pending, failure: null };
    case "request-failed":
      return { ...state, pending: null, failure: action.message };
    case "session-loaded":
      return { ...state, session: action.session };
    case "step-loaded": {
      const { step } = action;
      const attempt = step.kind === "item" ? startAttempt(step.item) : null;
      return { ...state, step, attempt, pending: null };
    }
    case "draft-edited":
      return withAttempt(state, (attempt) => editDraft(attempt, action.draft));
    case "answer-received": {
      const { reply } = action;
      return { ...withAttempt(state, (a) => ({ ...a, reply })), pending: null };
    }
    case "hints-received":
      return { ...withAttempt(state, (a) => revealHints(a, action.reply)), pending: null };
    case "session-ended":
      return {
        ...state,
        step: { kind: "end", summary: action.summary },
        attempt: null,
        pending: null,
      };
    default:
      return assertNever(action);
  }
}
