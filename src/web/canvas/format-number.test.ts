import { describe, expect, it } from "vitest";
import { formatNumber, formatVector } from "./format-number";

describe("formatNumber", () => {
  it.each([
    { v: 1, text: "1.000" },
    { v: -0.0001, text: "0.000" },
    { v: 2 / 3, text: "0.667" },
    { v: -12.5, text: "-12.500" },
    { v: NaN, text: "undefined" },
    { v: Infinity, text: "undefined" },
  ])("prints $v as $text", ({ v, text }) => {
    expect(formatNumber(v)).toBe(text);
  });

  it("prints a vector in brackets and a scalar alone", () => {
    expect(formatVector([1, -2])).toBe("(1.000, -2.000)");
    expect(formatVector([0.5])).toBe("0.500");
  });
});
