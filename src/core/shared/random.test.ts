import { describe, expect, it } from "vitest";
import { asSeed } from "./ids";
import { createRandom } from "./random";

describe("createRandom", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = createRandom(asSeed(42));
    const b = createRandom(asSeed(42));
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it("gives different sequences for neighbouring seeds", () => {
    expect(createRandom(asSeed(1)).next()).not.toBe(createRandom(asSeed(2)).next());
  });

  it("draws integers inside the closed range and reaches both ends", () => {
    const random = createRandom(asSeed(7));
    const seen = new Set(Array.from({ length: 500 }, () => random.int(-2, 2)));
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2].sort());
  });

  it("shuffles into a permutation of the input", () => {
    const shuffled = createRandom(asSeed(3)).shuffle([1, 2, 3, 4, 5]);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
