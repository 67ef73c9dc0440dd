import { useCallback, useEffect, useReducer } from "react";
import type { ApiResult } from "../api-client";
import { useSession } from "../auth/session-context";
import { api } from "../endpoints";
import type { SubmissionBody } from "../../api";
import { initialPracticeState, practiceReducer, type PracticeState } from "./practice-state";

/** The practice page's state and the three things the learner can do. */
export interface Practice {
  readonly state: PracticeState;
  readonly newItem: () => void;
  readonly edit: (draft: SubmissionBody) => void;
  readonly check: () => void;
}

/** Runs the practice page for one skill: loads its history on open, fetches items, sends answers. */
export function usePractice(skill: string): Practice {
  const [state, dispatch] = useReducer(practiceReducer, initialPracticeState);
  const { expired } = useSession();

  /** The value of a request, or `null` after recording why it failed (signing out on a 401). */
  const settle = useCallback(
    <T>(result: ApiResult<T>): T | null => {
      if (result.ok) return result.value;
      if (result.error.status === 401) expired();
      dispatch({ type: "request-failed", message: result.error.message });
      return null;
    },
    [expired],
  );

  useEffect(() => {
    void api.history(skill).then((result) => {
      const history = settle(result);
      if (history) dispatch({ type: "history-loaded", attempts: history.attempts });
    });
  }, [skill, settle]);

  const newItem = useCallback(() => {
    dispatch({ type: "request-sent", pending: "item" });
    void api.newItem(skill).then((result) => {
      const item = settle(result);
      if (item) dispatch({ type: "item-loaded", item });
    });
  }, [skill, settle]);

  const { item, draft } = state;
  const check = useCallback(() => {
    if (item === null || draft === null) return;
    dispatch({ type: "request-sent", pending: "answer" });
    void api.answer(item.id, { submission: draft }).then((result) => {
      const reply = settle(result);
      if (reply) dispatch({ type: "answer-received", reply });
    });
  }, [item, draft, settle]);

  const edit = useCallback(
    (next: SubmissionBody) => dispatch({ type: "draft-edited", draft: next }),
    [],
  );
  return { state, newItem, edit, check };
}
