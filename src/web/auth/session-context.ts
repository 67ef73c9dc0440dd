import { createContext, useContext } from "react";
import type { Me } from "../../api";

/** Whether the app knows who is signed in yet, and who. */
export type SessionState =
  | { readonly status: "loading" }
  | { readonly status: "signed-out" }
  | { readonly status: "signed-in"; readonly me: Me };

/** The session as pages use it. */
export interface Session {
  readonly state: SessionState;
  /** Records the learner a sign-in or sign-up reply named. */
  readonly signedIn: (me: Me) => void;
  /** Signs out on the server, then forgets the learner. */
  readonly signOut: () => Promise<void>;
  /** Forgets the learner after the server answered 401 (the session expired or was deleted). */
  readonly expired: () => void;
}

/** Holds the session; provided once by `SessionProvider`. */
export const SessionContext = createContext<Session | null>(null);

/** The current session. Throws outside `SessionProvider`, which would be a wiring bug. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession() needs a SessionProvider above it");
  return session;
}
