import { describe, expect, it } from "vitest";
import { splitAtPosition } from "./caret";

describe("splitAtPosition", () => {
  it.each([
    ["x1 + * 2", 5, { before: "x1 + ", at: "*", after: " 2" }],
    ["sin(x", 0, { before: "", at: "s", after: "in(x" }],
    ["sin(x", 5, { before: "sin(x", at: " ", after: "" }],
    ["ab", 9, { before: "ab", at: " ", after: "" }],
    ["ab", -3, { before: "", at: "a", after: "b" }],
  ])("splits %j at %i", (text, position, expected) => {
    expect(splitAtPosition(text, position)).toEqual(expected);
  });
});
