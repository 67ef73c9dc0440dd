import { useCallback, useEffect, useReducer } from "react";
import type { SubmissionBody } from "../../api";
import { api } from "../endpoints";
import { useAnswer } from "./use-answer";
import { initialSessionState, sessionReducer, type SessionState } from "./session-state";
import { useSettle } from "./use-settle";

/** The study page's state and what the learner can do in it. */
export interface Study {
  readonly state: SessionState;
  readonly next: () => void;
  readonly edit: (draft: SubmissionBody) => void;
  readonly check: () => void;
  readonly hint: () => void;
  readonly studied: () => void;
  readonly end: () => void;
}

/** The session's state, started or resumed when the page opens, and the way to its next step. */
function useSessionSteps() {
  const [state, dispatch] = useReducer(sessionReducer, initialSessionState);
  const settle = useSettle(dispatch);
  // The server resumes the open session, so this also re-reads how far the open one is.
  const loadSession = useCallback(
    () =>
      api.startSession({}).then((result) => {
        const session = settle(result);
        if (session) dispatch({ type: "session-loaded", session });
        return session;
      }),
    [settle],
  );
  const loadStep = useCallback(
    (id: string) => {
      dispatch({ type: "request-sent", pending: "step" });
      void api.nextStep(id).then((result) => {
        const step = settle(result);
        if (step === null) return;
        dispatch({ type: "step-loaded", step });
        // A new item moves the progress bar; the session's own count is the one to show.
        if (step.kind === "item" || step.kind === "worked-example") void loadSession();
      });
    },
    [settle, loadSession],
  );

  useEffect(() => {
    let live = true;
    void loadSession().then((session) => {
      if (live && session) loadStep(session.id);
    });
    return () => {
      live = false;
    };
  }, [loadSession, loadStep]);
  return { state, dispatch, settle, loadStep };
}

/** Starts or resumes the session on open, shows its next step, and sends answers and requests. */
export function useStudy(): Study {
  const { state, dispatch, settle, loadStep } = useSessionSteps();
  const sessionId = state.session?.id ?? null;
  const next = useCallback(() => {
    if (sessionId !== null) loadStep(sessionId);
  }, [sessionId, loadStep]);

  const { attempt, step } = state;
  const { check, edit } = useAnswer(attempt, dispatch, settle);
  const itemId = attempt?.item.id ?? null;
  const hint = useCallback(() => {
    if (itemId === null) return;
    dispatch({ type: "request-sent", pending: "hint" });
    void api.hints(itemId).then((result) => {
      const reply = settle(result);
      if (reply) dispatch({ type: "hints-received", reply });
    });
  }, [itemId, dispatch, settle]);

  const exampleId = step?.kind === "worked-example" ? step.example.id : null;
  const studied = useCallback(() => {
    if (exampleId === null || sessionId === null) return;
    dispatch({ type: "request-sent", pending: "studied" });
    void api.studied(exampleId).then((result) => {
      if (settle(result)) loadStep(sessionId);
    });
  }, [exampleId, sessionId, dispatch, settle, loadStep]);

  const end = useCallback(() => {
    if (sessionId === null) return;
    dispatch({ type: "request-sent", pending: "end" });
    void api.endSession(sessionId).then((result) => {
      const summary = settle(result);
      if (summary) dispatch({ type: "session-ended", summary });
    });
  }, [sessionId, dispatch, settle]);

  return { state, next, edit, check, hint, studied, end };
}
