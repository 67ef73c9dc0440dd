import { describe, expect, it } from "vitest";
import { memoize } from "./memo";

describe("memoize", () => {
  it("computes a key once while it stays recent", () => {
    let calls = 0;
    const square = memoize(2, (key) => {
      calls += 1;
      return Number(key) ** 2;
    });
    expect([square("3"), square("3"), square("4"), square("3")]).toEqual([9, 9, 16, 9]);
    expect(calls).toBe(2);
  });

  it("forgets the least recently used key beyond its capacity", () => {
    const seen: string[] = [];
    const echo = memoize(2, (key) => {
      seen.push(key);
      return key;
    });
    for (const key of ["a", "b", "a", "c", "b", "a"]) echo(key);
    // "b" was least recent when "c" came, so it was computed again; "a" stayed.
    expect(seen).toEqual(["a", "b", "c", "b", "a"]);
  });
});
