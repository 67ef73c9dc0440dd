import { createLruCache } from "../shared";

/**
 * A bounded memo for a pure function of one string key: the value computed once is handed out
 * again while it stays among the `capacity` most recent keys. It only saves time; results are
 * the same with or without it, so core stays deterministic.
 */
export function memoize<V>(capacity: number, compute: (key: string) => V): (key: string) => V {
  const cache = createLruCache<V>(capacity);
  return (key) => cache.get(key) ?? cache.set(key, compute(key));
}
