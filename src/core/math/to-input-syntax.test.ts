import { describe, expect, it } from "vitest";
import { createRandom, asSeed } from "../shared";
import type { Random } from "../shared";
import { binary, call, FUNCTION_NAMES, negate, num, variable } from "./expr";
import type { BinaryOperator, Expr, MathValue } from "./expr";
import { parseAnswer } from "./parse-answer";
import { toInputSyntax } from "./to-input-syntax";

const VARIABLES = ["x1", "x2", "y"];
const context = { variables: VARIABLES, allowMatrices: true };
const OPERATORS: readonly BinaryOperator[] = ["+", "-", "*", "/", "^"];
const NUMBERS = [0, 1, 2, 0.5, 3.25, 1e-7, 1e21, 0.1 + 0.2, 12345];

/** A random tree of the kind the parser produces (numbers are never negative literals). */
function randomExpr(random: Random, depth: number): Expr {
  const leaf = depth === 0 || random.next() < 0.25;
  if (leaf) {
    const pick = random.int(0, 3);
    if (pick === 0) return num(random.pick(NUMBERS));
    if (pick === 1) return { kind: "constant", name: random.pick(["pi", "e"] as const) };
    return variable(random.pick(VARIABLES));
  }
  const form = random.int(0, 5);
  if (form === 0) return negate(randomExpr(random, depth - 1));
  if (form === 1) return call(random.pick(FUNCTION_NAMES), randomExpr(random, depth - 1));
  return binary(
    random.pick(OPERATORS),
    randomExpr(random, depth - 1),
    randomExpr(random, depth - 1),
  );
}

function randomValue(random: Random): MathValue {
  const kind = random.int(0, 2);
  const entry = (): Expr => randomExpr(random, 2);
  if (kind === 0) return { kind: "scalar", expr: randomExpr(random, 4) };
  const rows = random.int(1, 3);
  if (kind === 1) return { kind: "vector", entries: Array.from({ length: rows }, entry) };
  const cols = random.int(1, 3);
  return {
    kind: "matrix",
    rows: Array.from({ length: rows }, () => Array.from({ length: cols }, entry)),
  };
}

describe("toInputSyntax", () => {
  it.each<[Expr | MathValue, string]>([
    [binary("+", variable("x1"), binary("+", variable("x2"), num(1))), "x1 + (x2 + 1)"],
    [binary("/", variable("x1"), binary("*", num(2), variable("y"))), "x1/(2*y)"],
    [binary("*", binary("/", num(1), num(2)), variable("y")), "1/2*y"],
    [negate(binary("^", variable("y"), num(2))), "-y^2"],
    [negate(binary("*", variable("y"), num(2))), "-(y*2)"],
    [binary("^", binary("^", num(2), num(3)), num(2)), "(2^3)^2"],
    [binary("^", num(2), binary("^", num(3), num(2))), "2^3^2"],
    [binary("-", variable("y"), negate(variable("y"))), "y - -y"],
    [binary("^", num(2), negate(variable("y"))), "2^-y"],
    [negate(negate(variable("y"))), "--y"],
    [call("log", variable("y")), "log(y)"],
    [{ kind: "vector", entries: [num(1), variable("y")] }, "[1, y]"],
    [
      {
        kind: "matrix",
        rows: [
          [num(1), num(2)],
          [num(3), num(4)],
        ],
      },
      "[[1, 2], [3, 4]]",
    ],
  ])("prints %j as %j", (value, text) => {
    expect(toInputSyntax(value)).toBe(text);
  });

  it("prints a generator's negative literal so that it reads back as a negation", () => {
    const printed = toInputSyntax(binary("^", num(-2), variable("y")));
    expect(printed).toBe("(-2)^y");
    expect(parseAnswer(printed, context)).toEqual({
      ok: true,
      value: { kind: "scalar", expr: binary("^", negate(num(2)), variable("y")) },
    });
  });

  it("throws on a non-finite number, which no parsed answer contains", () => {
    expect(() => toInputSyntax(num(Infinity))).toThrow(/non-finite/);
  });

  it("reads back as the same tree for 3,000 random scalars, vectors and matrices", () => {
    const random = createRandom(asSeed(2024));
    for (let i = 0; i < 3000; i++) {
      const value = randomValue(random);
      const text = toInputSyntax(value);
      expect(parseAnswer(text, context), text).toEqual({ ok: true, value });
    }
  });
});
