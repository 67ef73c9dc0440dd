import { describe, expect, it } from "vitest";
import { parseWithMathjs } from "./mathjs-parser";

describe("parseWithMathjs", () => {
  it("returns math.js's node tree without evaluating anything", () => {
    const parsed = parseWithMathjs("ones(100000, 100000)");
    expect(parsed).toMatchObject({
      ok: true,
      value: { type: "FunctionNode", fn: { name: "ones" } },
    });
  });

  it("reads numbers as plain JavaScript numbers", () => {
    expect(parseWithMathjs("0.1")).toMatchObject({
      ok: true,
      value: { type: "ConstantNode", value: 0.1 },
    });
  });

  it.each([
    ["2+", 2, "something is missing"],
    ["*2", 0, "a number or variable is missing"],
    ["2 3", 2, 'unexpected "3"'],
    ["2)", 1, 'unexpected ")"'],
    ["1e+", 0, "a number is incomplete"],
    ["@", 0, "cannot read this"],
  ])("turns the syntax error of %j into index %i and %j", (text, index, problem) => {
    expect(parseWithMathjs(text)).toEqual({ ok: false, error: { index, problem } });
  });
});
