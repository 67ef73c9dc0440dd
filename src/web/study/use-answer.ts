import { useCallback } from "react";
import type { AnswerReply, SubmissionBody } from "../../api";
import type { ApiResult } from "../api-client";
import { api } from "../endpoints";
import type { ItemAttempt } from "./item-attempt";

/** The actions of answering an item that both the study and the gate reducers take. */
type AnswerAction =
  | { readonly type: "request-sent"; readonly pending: "answer" }
  | { readonly type: "answer-received"; readonly reply: AnswerReply }
  | { readonly type: "draft-edited"; readonly draft: SubmissionBody };

/** Editing and sending the answer to the item on screen; `dispatch` and `settle` must be stable. */
export function useAnswer(
  attempt: ItemAttempt | null,
  dispatch: (action: AnswerAction) => void,
  settle: <T>(result: ApiResult<T>) => T | null,
) {
  const itemId = attempt?.item.id ?? null;
  const draft = attempt?.draft ?? null;
  const check = useCallback(() => {
    if (itemId === null || draft === null) return;
    dispatch({ type: "request-sent", pending: "answer" });
    void api.answer(itemId, { submission: draft }).then((result) => {
      const reply = settle(result);
      if (reply) dispatch({ type: "answer-received", reply });
    });
  }, [itemId, draft, dispatch, settle]);
  const edit = useCallback(
    (value: SubmissionBody) => dispatch({ type: "draft-edited", draft: value }),
    [dispatch],
  );
  return { check, edit };
}
