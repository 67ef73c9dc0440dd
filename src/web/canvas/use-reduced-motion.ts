import { useSyncExternalStore } from "react";

const QUERY = "(prefers-reduced-motion: reduce)";

/** One query list for the page: `matchMedia` is not free, and React asks on every render. */
let media: MediaQueryList | null = null;
const query = (): MediaQueryList => (media ??= window.matchMedia(QUERY));

function subscribe(onChange: () => void): () => void {
  const list = query();
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

/** Whether the learner asked the system for less motion; the animation then moves in steps. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query().matches,
    () => false,
  );
}
