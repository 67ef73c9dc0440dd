import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { checkEquivalent, compareValues } from "./equivalent-value";
import { parseAnswer } from "./parse-answer";

const variables = ["x", "y"];
const read = (text: string) => {
  const parsed = parseAnswer(text, { variables, allowMatrices: true });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
const options = { variables, seed: asSeed(3) };

describe("checkEquivalent options", () => {
  it.each([
    ["[x, y]", "[[x, y]]"],
    ["[[x, y]]", "[[x], [y]]"],
    ["[[x], [y]]", "[x, y]"],
  ])("ignores orientation when asked: %s vs %s", (expected, answer) => {
    expect(
      checkEquivalent(read(expected), read(answer), { ...options, orientation: "ignore" }),
    ).toEqual({
      kind: "equivalent",
    });
  });

  it("still reports a different length as a shape mismatch when orientation is ignored", () => {
    const outcome = checkEquivalent(read("[x, y]"), read("[[x, y, 1]]"), {
      ...options,
      orientation: "ignore",
    });
    expect(outcome.kind).toBe("shape");
  });

  it("never ignores orientation for a full matrix", () => {
    const outcome = checkEquivalent(read("[[x, y], [1, 2]]"), read("[x, y, 1, 2]"), {
      ...options,
      orientation: "ignore",
    });
    expect(outcome.kind).toBe("shape");
  });

  it("accepts a coarser number under a looser significant-digits tolerance", () => {
    const loose = { ...options, tolerances: { significantDigits: 2 } };
    expect(checkEquivalent(read("1/3"), read("0.33"), loose).kind).toBe("equivalent");
    expect(checkEquivalent(read("1/3"), read("0.33"), options).kind).toBe("different");
  });

  it("samples a custom domain, so a form valid only there can be checked", () => {
    const domain = {
      radius: 4,
      symmetricCount: 0,
      positiveMin: 3.5,
      positiveCount: 12,
      farMin: 4,
      farMax: 5,
      farCount: 0,
    };
    const expected = read("log(x - 3)");
    expect(checkEquivalent(expected, expected, options).kind).toBe("undetermined");
    expect(checkEquivalent(expected, expected, { ...options, domain }).kind).toBe("equivalent");
  });
});

describe("compareValues", () => {
  it("gives an outcome for every entry, in row-major order", () => {
    const comparison = compareValues(read("[[x, 1], [y, 2]]"), read("[[x, 2], [y, 3]]"), options);
    expect(
      comparison.kind === "entries" ? comparison.entries.map((e) => [e.entry, e.outcome.kind]) : [],
    ).toEqual([
      [[0, 0], "equivalent"],
      [[0, 1], "different"],
      [[1, 0], "equivalent"],
      [[1, 1], "different"],
    ]);
  });
});
