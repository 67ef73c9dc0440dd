import { describe, expect, it } from "vitest";
import { createLruCache } from "./lru-cache";

describe("createLruCache", () => {
  it("gives back what was set, and nothing for an unknown key", () => {
    const cache = createLruCache<number>(2);
    expect(cache.set("a", 1)).toBe(1);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("b")).toBeUndefined();
  });

  it("forgets the least recently used key beyond its capacity", () => {
    const cache = createLruCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a"); // "b" is now the least recent
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([1, undefined, 3]);
  });
});
