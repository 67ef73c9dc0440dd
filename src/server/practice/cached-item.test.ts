import { describe, expect, it } from "vitest";
import { asDifficulty, generateItem } from "../../core/course";
import { asSeed, asSkillId } from "../../core/shared";
import { cachedItem } from "./cached-item";

const S1 = asSkillId("S1");

describe("cachedItem", () => {
  it("gives the item generateItem gives for the same skill and seed", () => {
    expect(cachedItem(S1, asSeed(7))).toEqual(generateItem(S1, asSeed(7)));
  });

  it("reuses the generated item when asked again, and tells seeds apart", () => {
    const first = cachedItem(S1, asSeed(8));
    expect(cachedItem(S1, asSeed(8))).toBe(first);
    expect(cachedItem(S1, asSeed(9))).not.toBe(first);
  });

  it("gives the item issued with the seed's own choice when asked with the choice it got", () => {
    const issued = cachedItem(S1, asSeed(12));
    const stored = { generator: issued.generator, difficulty: asDifficulty(issued.difficulty) };
    expect(cachedItem(S1, asSeed(12), stored)).toBe(issued);
  });

  it("forgets the least recently used item past a few thousand", () => {
    const kept = cachedItem(S1, asSeed(10));
    const dropped = cachedItem(S1, asSeed(11));
    for (let seed = 1000; seed < 1000 + 4096; seed++) {
      if (seed % 100 === 0) cachedItem(S1, asSeed(10)); // keeps seed 10 recent
      cachedItem(S1, asSeed(seed));
    }
    expect(cachedItem(S1, asSeed(10))).toBe(kept);
    expect(cachedItem(S1, asSeed(11))).not.toBe(dropped);
  });
});
