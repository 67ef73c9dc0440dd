import { Suspense } from "react";
import { Outlet } from "react-router-dom";
import { useSession } from "../auth/session-context";
import { LoadingNote } from "../shared/loading-note";
import { AppHeader } from "./app-header";

/** The frame of signed-in pages; the page itself loads lazily below the header. */
export function AppLayout() {
  const { state } = useSession();
  return (
    <>
      {state.status === "signed-in" && <AppHeader me={state.me} />}
      <Suspense fallback={<LoadingNote />}>
        <Outlet />
      </Suspense>
    </>
  );
}
