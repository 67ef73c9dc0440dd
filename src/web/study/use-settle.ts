import { useCallback } from "react";
import type { ApiResult } from "../api-client";
import { useSession } from "../auth/session-context";

/** The action a page's reducer takes when a request fails. */
interface RequestFailed {
  readonly type: "request-failed";
  readonly message: string;
}

/**
 * Turns a reply into its value, or `null` after dispatching why it failed (signing the learner
 * out on a 401, since the session is gone). `dispatch` must be stable (a reducer's).
 */
export function useSettle(dispatch: (action: RequestFailed) => void) {
  const { expired } = useSession();
  return useCallback(
    <T>(result: ApiResult<T>): T | null => {
      if (result.ok) return result.value;
      if (result.error.status === 401) expired();
      dispatch({ type: "request-failed", message: result.error.message });
      return null;
    },
    [expired, dispatch],
  );
}
