import { describe, expect, it } from "vitest";
import { binary, call, negate, num, variable } from "./expr";
import type { Expr } from "./expr";
import { evaluateExpr, evaluateMatrix } from "./evaluate-expr";

const x = variable("x");
const y = variable("y");

describe("evaluateExpr", () => {
  it.each<{ text: string; expr: Expr; value: number }>([
    { text: "x + y", expr: binary("+", x, y), value: 5 },
    { text: "x - y", expr: binary("-", x, y), value: -1 },
    { text: "x * y", expr: binary("*", x, y), value: 6 },
    { text: "x / y", expr: binary("/", x, y), value: 2 / 3 },
    { text: "x ^ y", expr: binary("^", x, y), value: 8 },
    { text: "-x", expr: negate(x), value: -2 },
    { text: "pi", expr: { kind: "constant", name: "pi" }, value: Math.PI },
    { text: "e", expr: { kind: "constant", name: "e" }, value: Math.E },
    { text: "log(e) is natural", expr: call("log", { kind: "constant", name: "e" }), value: 1 },
    { text: "sigma(0)", expr: call("sigma", num(0)), value: 0.5 },
    { text: "sigma(log 3)", expr: call("sigma", call("log", num(3))), value: 0.75 },
    { text: "tanh(x)", expr: call("tanh", x), value: Math.tanh(2) },
    { text: "sqrt(abs(-y))", expr: call("sqrt", call("abs", negate(y))), value: Math.sqrt(3) },
    {
      text: "sin x + cos y",
      expr: binary("+", call("sin", x), call("cos", y)),
      value: Math.sin(2) + Math.cos(3),
    },
    {
      text: "exp(x) * tan(y)",
      expr: binary("*", call("exp", x), call("tan", y)),
      value: Math.exp(2) * Math.tan(3),
    },
  ])("evaluates $text at (2, 3)", ({ expr, value }) => {
    expect(evaluateExpr(expr, { x: 2, y: 3 })).toBeCloseTo(value, 12);
  });

  it("throws naming a variable the point lacks", () => {
    expect(() => evaluateExpr(binary("+", x, variable("z")), { x: 1 })).toThrow('"z"');
  });
});

describe("evaluateMatrix", () => {
  it("evaluates every entry at the same point, keeping the shape", () => {
    const entries = [
      [binary("*", num(2), x), num(1)],
      [y, x],
    ];
    expect(evaluateMatrix(entries, { x: 2, y: -1 })).toEqual([
      [4, 1],
      [-1, 2],
    ]);
  });
});
