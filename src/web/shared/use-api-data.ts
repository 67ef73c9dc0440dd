import { useEffect, useState } from "react";
import type { ApiResult } from "../api-client";
import { useSession } from "../auth/session-context";

/** Data a page loads from the server: still loading, loaded, or failed with a sentence. */
export type Loadable<T> =
  | { readonly status: "loading" }
  | { readonly status: "ok"; readonly value: T }
  | { readonly status: "error"; readonly message: string };

interface Loaded<T> {
  readonly arg: string;
  readonly result: ApiResult<T>;
}

/**
 * Loads `request(arg)` and reloads when `arg` changes. Pass a stable function (an `api` entry), so
 * the request runs once per argument. A 401 means the session is gone, so the learner is signed out.
 */
export function useApiData<T>(
  request: (arg: string) => Promise<ApiResult<T>>,
  arg: string,
): Loadable<T> {
  const { expired } = useSession();
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);

  useEffect(() => {
    let live = true;
    void request(arg).then((result) => {
      if (!live) return;
      if (!result.ok && result.error.status === 401) expired();
      setLoaded({ arg, result });
    });
    return () => {
      live = false;
    };
  }, [request, arg, expired]);

  // A result for an earlier argument is stale: show loading until the new one arrives.
  if (loaded === null || loaded.arg !== arg) return { status: "loading" };
  return loaded.result.ok
    ? { status: "ok", value: loaded.result.value }
    : { status: "error", message: loaded.result.error.message };
}
