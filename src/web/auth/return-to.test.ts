import { describe, expect, it } from "vitest";
import { returnPath } from "./return-to";

describe("returnPath", () => {
  it.each([
    ["a path inside the app", { from: "/practice/S1" }, "/practice/S1"],
    ["no state", null, "/"],
    ["state without from", { other: 1 }, "/"],
    ["a non-string from", { from: 3 }, "/"],
    ["a relative path", { from: "practice" }, "/"],
    ["a protocol-relative URL to another site", { from: "//evil.example" }, "/"],
  ])("returns the right path for %s", (_, state, expected) => {
    expect(returnPath(state)).toBe(expected);
  });
});
