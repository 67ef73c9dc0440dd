import { describe, expect, it } from "vitest";
import { runItems, type ItemsOptions } from "./items";
import { UsageError } from "./usage-error";

const run = (options: Partial<ItemsOptions>): string[] => {
  const lines: string[] = [];
  runItems({ count: 1, seed: 1, list: false, ...options }, (line) => lines.push(line));
  return lines;
};

describe("the items verb", () => {
  it("lists the 20 skills that have generators", () => {
    expect(run({ list: true })).toHaveLength(20);
  });

  it("writes one item per line with exactly the documented fields, seeds counting up", () => {
    const items = run({ skill: "S8", count: 3, seed: 7 }).map((line) => JSON.parse(line));
    expect(items.map((item) => item.seed)).toEqual([7, 8, 9]);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual([
        "answer",
        "data",
        "kind",
        "prompt",
        "seed",
        "skill",
      ]);
      expect(typeof item.data.ask).toBe("string");
    }
  });

  it("writes the same items for the same seed", () => {
    expect(run({ skill: "S1", count: 2, seed: 5 })).toEqual(
      run({ skill: "S1", count: 2, seed: 5 }),
    );
  });

  it("writes a lesson's fixed item when its generator is named", () => {
    const [line] = run({ skill: "S8", generator: "exercise-1" });
    expect(JSON.parse(line ?? "{}").answer.replace(/\s/g, "")).toBe("[[4*x1+x2],[x1+4*x2]]");
  });

  it("refuses an unknown skill or generator with a usage error", () => {
    expect(() => run({ skill: "S99" })).toThrow(UsageError);
    expect(() => run({ skill: "S1", generator: "nope" })).toThrow(UsageError);
  });
});
