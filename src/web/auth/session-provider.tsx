import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Me } from "../../api";
import { api } from "../endpoints";
import { SessionContext, type Session, type SessionState } from "./session-context";

/** Asks the server who is signed in once, on start, and shares the answer with every page. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  useEffect(() => {
    let live = true;
    void api.me().then((result) => {
      if (live)
        setState(
          result.ok ? { status: "signed-in", me: result.value.learner } : { status: "signed-out" },
        );
    });
    return () => {
      live = false;
    };
  }, []);

  const signedIn = useCallback((me: Me) => setState({ status: "signed-in", me }), []);
  const expired = useCallback(() => setState({ status: "signed-out" }), []);
  const signOut = useCallback(async () => {
    // Forget the learner even if the server is unreachable: the page must not look signed in.
    await api.signOut();
    setState({ status: "signed-out" });
  }, []);

  const session = useMemo<Session>(
    () => ({ state, signedIn, signOut, expired }),
    [state, signedIn, signOut, expired],
  );
  return <SessionContext value={session}>{children}</SessionContext>;
}
