import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { assertNever } from "../../core/shared";
import { LoadingNote } from "../shared/loading-note";
import type { ReturnTo } from "./return-to";
import { useSession } from "./session-context";

/** Shows its children to a signed-in learner and sends everyone else to the sign-in page. */
export function RequireSession({ children }: { readonly children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  switch (state.status) {
    case "loading":
      return <LoadingNote />;
    case "signed-out": {
      const returnTo: ReturnTo = { from: location.pathname };
      return <Navigate to="/sign-in" replace state={returnTo} />;
    }
    case "signed-in":
      return children;
    default:
      return assertNever(state);
  }
}
