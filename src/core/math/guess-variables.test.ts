import { describe, expect, it } from "vitest";
import { guessVariables } from "./guess-variables";

describe("guessVariables", () => {
  it.each<[string, string[], string[]]>([
    ["finds names on both sides, sorted and once each", ["y + x", "x*z"], ["x", "y", "z"]],
    ["leaves out functions, aliases and constants", ["sin(x) + ln(t) + sigmoid(pi*e)"], ["t", "x"]],
    ["reads x_1 as x1, as the parser does", ["x_1 + 2x2"], ["x1", "x2"]],
    ["does not take the exponent of 1e5 or 5.1E-2 for a name", ["1e5*a + 5.1E-2"], ["a"]],
    ["does not take the T of a transpose for a name", ["[a, b]^T"], ["a", "b"]],
    ["finds nothing in a number", ["1/3"], []],
    ["splits indexed names typed without a star", ["2x1x2x3 + xy"], ["x1", "x2", "x3", "xy"]],
  ])("%s", (_title, texts, names) => {
    expect(guessVariables(...texts)).toEqual(names);
  });
});
