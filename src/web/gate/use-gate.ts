import { useCallback, useEffect, useReducer } from "react";
import type { SubmissionBody } from "../../api";
import { api } from "../endpoints";
import { useAnswer } from "../study/use-answer";
import { useSettle } from "../study/use-settle";
import { gateReducer, initialGateState, type GateState } from "./gate-state";

/** The gate page's state and what the learner can do in it. */
export interface Gate {
  readonly state: GateState;
  readonly next: () => void;
  readonly edit: (draft: SubmissionBody) => void;
  readonly check: () => void;
}

/** Starts or resumes the unit's gate attempt on open, and runs its quiz one item at a time. */
export function useGate(unit: number): Gate {
  const [state, dispatch] = useReducer(gateReducer, initialGateState);
  const settle = useSettle(dispatch);

  const loadNext = useCallback(
    (attemptId: string) => {
      dispatch({ type: "request-sent", pending: "item" });
      void api.gateNext(attemptId).then((result) => {
        const next = settle(result);
        if (next) dispatch({ type: "next-loaded", next });
      });
    },
    [settle],
  );

  useEffect(() => {
    let live = true;
    // The server resumes an unfinished attempt, so reopening the page keeps the same quiz.
    void api.startGate(unit).then((result) => {
      const attempt = live ? settle(result) : null;
      if (attempt === null) return;
      dispatch({ type: "attempt-loaded", attempt });
      if (attempt.result === null) loadNext(attempt.id);
    });
    return () => {
      live = false;
    };
  }, [unit, settle, loadNext]);

  const { attemptId } = state;
  const next = useCallback(() => {
    if (attemptId !== null) loadNext(attemptId);
  }, [attemptId, loadNext]);
  const { check, edit } = useAnswer(state.current, dispatch, settle);
  return { state, next, edit, check };
}
