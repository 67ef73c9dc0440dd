import { describe, expect, it } from "vitest";
import { binary, call, negate, num, variable } from "./expr";
import type { Expr } from "./expr";
import { parseExpression, parseTrustedExpression } from "./parse-expression";

const x1 = variable("x1");
const x2 = variable("x2");
const x = variable("x");
const context = { variables: ["x1", "x2", "x", "y"] };
const pi: Expr = { kind: "constant", name: "pi" };
const e: Expr = { kind: "constant", name: "e" };

describe("parseExpression reads the input syntax", () => {
  it.each<[string, Expr]>([
    ["2*x1 + 3", binary("+", binary("*", num(2), x1), num(3))],
    ["x1 - x2 / 4", binary("-", x1, binary("/", x2, num(4)))],
    ["x1^2", binary("^", x1, num(2))],
    ["x1**2", binary("^", x1, num(2))],
    ["2x1", binary("*", num(2), x1)],
    ["2 x1", binary("*", num(2), x1)],
    ["x1 x2", binary("*", x1, x2)],
    ["x1x2", binary("*", x1, x2)],
    ["2x1x2", binary("*", num(2), binary("*", x1, x2))],
    ["x1x2^2", binary("*", x1, binary("^", x2, num(2)))],
    ["2x1x2^2", binary("*", num(2), binary("*", x1, binary("^", x2, num(2))))],
    ["x1x2x1^3", binary("*", binary("*", x1, x2), binary("^", x1, num(3)))],
    ["2(x+1)", binary("*", num(2), binary("+", x, num(1)))],
    ["(x1)(x2)", binary("*", x1, x2)],
    ["x1(x2+1)", binary("*", x1, binary("+", x2, num(1)))],
    ["x1 sin(x2)", binary("*", x1, call("sin", x2))],
    ["x1sin(x2)", binary("*", x1, call("sin", x2))],
    ["x_1 + x_2", binary("+", x1, x2)],
    ["x₁", x1],
    ["x1²", binary("^", x1, num(2))],
    ["x1³ + 1", binary("+", binary("^", x1, num(3)), num(1))],
    ["x1⁻¹", binary("^", x1, negate(num(1)))],
    ["x1 − x2", binary("-", x1, x2)],
    ["x1·x2", binary("*", x1, x2)],
    ["x1×x2", binary("*", x1, x2)],
    ["sin(x)", call("sin", x)],
    ["cos(x) + tan(x)", binary("+", call("cos", x), call("tan", x))],
    ["exp(x)", call("exp", x)],
    ["ln(x)", call("log", x)],
    ["log(x)", call("log", x)],
    ["sqrt(x)", call("sqrt", x)],
    ["abs(x)", call("abs", x)],
    ["tanh(x)", call("tanh", x)],
    ["sigma(x)", call("sigma", x)],
    ["σ(x)", call("sigma", x)],
    ["e^x", binary("^", e, x)],
    ["2pi", binary("*", num(2), pi)],
    ["π x", binary("*", pi, x)],
    ["pix", binary("*", pi, x)],
    ["0x1", binary("*", num(0), x1)],
    ["1.5e3", num(1500)],
    [" \t x1 \n+ x2 ", binary("+", x1, x2)],
    ["+x", x],
  ])("reads %j", (text, expected) => {
    expect(parseExpression(text, context)).toEqual({ ok: true, value: expected });
  });
});

describe("parseExpression reads precedence as documented", () => {
  it.each<[string, Expr]>([
    ["1/2x", binary("*", binary("/", num(1), num(2)), x)],
    ["1/(2x)", binary("/", num(1), binary("*", num(2), x))],
    ["x/2y", binary("/", x, binary("*", num(2), variable("y")))],
    ["-x^2", negate(binary("^", x, num(2)))],
    ["2^3^2", binary("^", num(2), binary("^", num(3), num(2)))],
    ["-x*y", binary("*", negate(x), variable("y"))],
    ["2^-x", binary("^", num(2), negate(x))],
    ["x - y - 1", binary("-", binary("-", x, variable("y")), num(1))],
  ])("reads %j", (text, expected) => {
    expect(parseExpression(text, context)).toEqual({ ok: true, value: expected });
  });
});

describe("parseExpression accepts a scalar only", () => {
  it("reports matrix-not-allowed at the bracket for a vector", () => {
    const result = parseExpression("  [x1, x2]", { variables: ["x1", "x2"], allowMatrices: true });
    expect(result).toMatchObject({ ok: false, error: { code: "matrix-not-allowed", position: 2 } });
  });
});

describe("parseTrustedExpression", () => {
  it("returns the tree of valid generator text", () => {
    expect(parseTrustedExpression("x1*x2", ["x1", "x2"])).toEqual(binary("*", x1, x2));
  });

  it("throws with the text and the reason when generator text is invalid", () => {
    expect(() => parseTrustedExpression("x3 + 1", ["x1"])).toThrow(
      /"x3 \+ 1".*unknown-variable at 0/,
    );
  });
});
