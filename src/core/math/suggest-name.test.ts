import { describe, expect, it } from "vitest";
import { editDistance, splitIntoNames, suggestName } from "./suggest-name";

const FUNCTIONS = ["sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sigma", "ln"];

describe("editDistance", () => {
  it.each([
    ["sin", "sin", 0],
    ["sn", "sin", 1],
    ["sni", "sin", 2],
    ["sqtr", "sqrt", 2],
    ["", "abc", 3],
  ])("between %j and %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("suggestName", () => {
  it.each([
    ["sn", "sin"],
    ["Sin", "sin"],
    ["sqr", "sqrt"],
    ["sigmoid", undefined],
    ["expp", "exp"],
    ["tanhh", "tanh"],
    ["ones", undefined],
    ["zzzz", undefined],
  ])("suggests %j → %j", (name, suggestion) => {
    expect(suggestName(name, FUNCTIONS)).toBe(suggestion);
  });
});

describe("splitIntoNames", () => {
  it.each([
    ["x1x2", ["x1", "x2"], ["x1", "x2"]],
    ["x12x1", ["x1", "x12"], ["x12", "x1"]],
    ["x1x3", ["x1", "x2"], undefined],
    ["xy", ["x", "y"], ["x", "y"]],
    ["aab", ["a", "aa", "ab"], ["a", "ab"]],
    ["", ["x"], []],
  ])("splits %j over %j into %j", (name, known, parts) => {
    expect(splitIntoNames(name, known)).toEqual(parts);
  });

  it("gives up on a long unsplittable name quickly instead of trying every split", () => {
    const started = performance.now();
    expect(splitIntoNames("a".repeat(300) + "b", ["a", "aa", "aaa"])).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
