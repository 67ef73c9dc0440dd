import { describe, expect, it } from "vitest";
import { binary, call, negate, num, variable } from "./expr";
import type { Expr } from "./expr";
import { exprToMathjs } from "./expr-to-mathjs";
import { fromSymbolic } from "./mathjs-symbolic";

const x = variable("x");
const y = variable("y");

describe("exprToMathjs", () => {
  it("writes a negative number as a negation, as the parser reads it back", () => {
    expect(fromSymbolic(exprToMathjs(num(-3)), [])).toEqual(negate(num(3)));
  });

  it.each<{ expr: Expr; text: string }>([
    { expr: binary("+", x, binary("*", num(2), y)), text: "x + 2 * y" },
    { expr: binary("*", binary("+", x, y), y), text: "(x + y) * y" },
    { expr: binary("^", x, num(-2)), text: "x ^ (-2)" },
    { expr: binary("-", x, binary("-", y, num(1))), text: "x - (y - 1)" },
    { expr: negate(call("sigma", binary("/", x, y))), text: "-sigma(x / y)" },
    { expr: binary("*", { kind: "constant", name: "pi" }, call("log", x)), text: "pi * log(x)" },
  ])("prints $text for math.js", ({ expr, text }) => {
    expect(exprToMathjs(expr).toString()).toBe(text);
  });

  it.each<Expr>([
    binary("/", binary("^", x, num(2)), binary("+", num(1), call("exp", negate(y)))),
    binary("*", negate(num(3)), call("tanh", binary("-", x, { kind: "constant", name: "e" }))),
    binary("^", binary("^", x, y), num(0.5)),
    binary("*", num(2.5), num(0)),
  ])("reads back as the same expression through fromSymbolic (%#)", (expr) => {
    expect(fromSymbolic(exprToMathjs(expr), ["x", "y"])).toEqual(expr);
  });
});
