import { lazy, type ComponentType } from "react";

/**
 * A route's page loaded on first visit, from a module with named exports only (React.lazy wants a
 * default export), so each page is its own chunk and the first page stays small.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}
