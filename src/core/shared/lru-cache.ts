/** A bounded map that forgets its least recently used entry past `capacity`. */
export interface LruCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): V;
}

/** An empty cache of at most `capacity` entries. */
export function createLruCache<V>(capacity: number): LruCache<V> {
  const recent = new Map<string, V>();
  return {
    get(key) {
      const known = recent.get(key);
      if (known === undefined) return undefined;
      // Map keeps insertion order: set again, the key becomes the most recent.
      recent.delete(key);
      recent.set(key, known);
      return known;
    },
    set(key, value) {
      recent.set(key, value);
      if (recent.size > capacity) {
        const oldest = recent.keys().next();
        if (oldest.done !== true) recent.delete(oldest.value);
      }
      return value;
    },
  };
}
