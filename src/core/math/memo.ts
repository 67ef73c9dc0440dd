/**
 * A bounded memo for a pure function of one string key: the value computed once is handed out
 * again while it stays among the `capacity` most recent keys. It only saves time; results are
 * the same with or without it, so core stays deterministic.
 */
export function memoize<V>(capacity: number, compute: (key: string) => V): (key: string) => V {
  const recent = new Map<string, V>();
  return (key) => {
    const known = recent.get(key);
    if (known !== undefined) {
      // Map keeps insertion order: set again, the key becomes the most recent.
      recent.delete(key);
      recent.set(key, known);
      return known;
    }
    const value = compute(key);
    recent.set(key, value);
    if (recent.size > capacity) {
      const oldest = recent.keys().next();
      if (oldest.done !== true) recent.delete(oldest.value);
    }
    return value;
  };
}
