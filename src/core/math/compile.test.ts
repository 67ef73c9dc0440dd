import { describe, expect, it } from "vitest";
import { compileExpr } from "./compile";
import { binary, call, negate, num, variable } from "./expr";
import type { Expr } from "./expr";

const x = variable("x");
const y = variable("y");
const pi: Expr = { kind: "constant", name: "pi" };
const e: Expr = { kind: "constant", name: "e" };

describe("compileExpr", () => {
  it.each<[string, Expr, number[], number]>([
    ["adds and multiplies", binary("+", binary("*", num(2), x), y), [3, 4], 10],
    ["reads variables in the listed order", binary("-", x, y), [1, 5], -4],
    ["squares through the fast path", binary("^", x, num(2)), [-3, 0], 9],
    ["raises to a variable power", binary("^", num(2), y), [0, 10], 1024],
    ["negates", negate(x), [2, 0], -2],
    ["knows pi and e", binary("+", pi, e), [0, 0], Math.PI + Math.E],
    ["applies sigma as the logistic function", call("sigma", x), [0, 0], 0.5],
    ["applies tanh", call("tanh", x), [1, 0], Math.tanh(1)],
    ["applies natural log", call("log", call("exp", x)), [1.5, 0], 1.5],
    ["folds constant subtrees", binary("*", call("sqrt", num(4)), x), [3, 0], 6],
  ])("%s", (_title, expr, point, expected) => {
    expect(compileExpr(expr, ["x", "y"])(point)).toBeCloseTo(expected, 12);
  });

  it.each<[string, Expr, number]>([
    ["log of a negative", call("log", x), -1],
    ["log of zero (-Infinity)", call("log", x), 0],
    ["division by zero", binary("/", num(1), x), 0],
    ["sqrt of a negative", call("sqrt", x), -4],
    ["a negative base to a fractional power", binary("^", x, num(0.5)), -8],
    ["overflow", call("exp", binary("*", num(1000), x)), 1],
    [
      "an infinite intermediate that a later step would hide",
      binary("/", num(1), binary("/", num(1), x)),
      0,
    ],
    ["an undefined base to the power 0", binary("^", call("log", x), num(0)), -1],
    ["a constant subtree that is undefined", binary("+", x, call("log", num(-1))), 2],
  ])("gives NaN for %s", (_title, expr, at) => {
    expect(compileExpr(expr, ["x"])([at])).toBeNaN();
  });

  it("throws when the expression uses a variable that is not listed", () => {
    expect(() => compileExpr(binary("+", x, y), ["x"])).toThrow(/variable "y"/);
  });

  it("can be called many times with different points", () => {
    const f = compileExpr(binary("*", x, x), ["x"]);
    expect([1, 2, 3].map((v) => f([v]))).toEqual([1, 4, 9]);
  });
});
