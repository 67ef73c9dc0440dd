import { describe, expect, it } from "vitest";
import { binary, num, variable } from "./expr";
import type { MathValue } from "./expr";
import type { InputErrorCode } from "./input-error";
import { parseAnswer } from "./parse-answer";

const matrices = { variables: ["x1", "x2"], allowMatrices: true };
const x1 = variable("x1");
const x2 = variable("x2");

describe("parseAnswer reads vectors and matrices when they are allowed", () => {
  it.each<[string, MathValue]>([
    ["x1 + 1", { kind: "scalar", expr: binary("+", x1, num(1)) }],
    ["[x1, 2]", { kind: "vector", entries: [x1, num(2)] }],
    [
      "[[1, 2], [3, x2]]",
      {
        kind: "matrix",
        rows: [
          [num(1), num(2)],
          [num(3), x2],
        ],
      },
    ],
    ["[[1], [2]]", { kind: "matrix", rows: [[num(1)], [num(2)]] }],
    ["[x1, 2]^T", { kind: "matrix", rows: [[x1, num(2)]] }],
    ["[x1, 2]'", { kind: "matrix", rows: [[x1, num(2)]] }],
    ["[x1, 2]ᵀ", { kind: "matrix", rows: [[x1, num(2)]] }],
    ["[x1, 2]''", { kind: "matrix", rows: [[x1], [num(2)]] }],
    [
      "[[1, 2], [3, 4]]^T",
      {
        kind: "matrix",
        rows: [
          [num(1), num(3)],
          [num(2), num(4)],
        ],
      },
    ],
    ["([[1, 2, 3]])'", { kind: "matrix", rows: [[num(1)], [num(2)], [num(3)]] }],
    [
      " [ 2x1 , x1x2 ] ",
      { kind: "vector", entries: [binary("*", num(2), x1), binary("*", x1, x2)] },
    ],
  ])("reads %j", (text, expected) => {
    expect(parseAnswer(text, matrices)).toEqual({ ok: true, value: expected });
  });
});

const long = "x1+".repeat(140) + "1";
const deep = "(".repeat(25) + "x1" + ")".repeat(25);
const bigSum = "1+".repeat(180) + "1";

describe("parseAnswer reports each kind of error with its position in the text as typed", () => {
  it.each<[string, InputErrorCode, number, string]>([
    ["   ", "empty", 0, "type an answer first"],
    [long, "too-long", 400, "too long: at most 400 characters"],
    ["x1 = 2", "bad-character", 3, 'the character "=" at 4 cannot be used'],
    ["1:1e8", "bad-character", 1, 'the character ":" at 2 cannot be used'],
    ['"x1"', "bad-character", 0, 'the character """ at 1 cannot be used'],
    ["{a: 1}", "bad-character", 0, 'the character "{" at 1 cannot be used'],
    ["x1 + 😀", "bad-character", 5, 'the character "😀" at 6 cannot be used'],
    ["(x1 + 2))", "unbalanced-bracket", 8, "unbalanced bracket at 9"],
    ["((x1 + 2)", "unbalanced-bracket", 0, "unbalanced bracket at 1"],
    ["[x1, 2)", "unbalanced-bracket", 6, "unbalanced bracket at 7"],
    [deep, "too-deep", 24, "brackets nested too deep at 25: at most 24"],
    [bigSum, "too-large", 0, "the answer is too large: at most 300 parts"],
    ["1e999", "too-large", 0, "this number is too large (or not a number)"],
    ["x1 + Infinity", "too-large", 5, "this number is too large (or not a number)"],
    ["[1,2,3,4,5,6,7]", "too-large", 0, "a vector or matrix can have at most 6 rows and 6 columns"],
    [
      "[[1,2,3,4,5,6,7]]",
      "too-large",
      1,
      "a vector or matrix can have at most 6 rows and 6 columns",
    ],
    ["2x1 +", "syntax", 5, "something is missing at 6"],
    ["*2", "syntax", 0, "a number or variable is missing at 1"],
    ["2 3", "syntax", 2, 'unexpected "3" at 3'],
    ["sin x1", "syntax", 0, "write sin with brackets around its argument, like sin(x)"],
    ["2 + sinx1", "syntax", 4, "write sin with brackets around its argument, like sin(x)"],
    ["[]", "syntax", 0, "a vector needs at least one entry"],
    ["sn(x1)", "unknown-function", 0, "unknown function 'sn': did you mean sin?"],
    [
      "x1 + ones(100000,100000)",
      "unknown-function",
      5,
      "unknown function 'ones': the functions are sin, cos, tan, exp, log, sqrt, abs, tanh, sigma",
    ],
    ["x1 + x4", "unknown-variable", 5, "x4 is not a variable here; use x1, x2"],
    ["x_4", "unknown-variable", 0, "x4 is not a variable here; use x1, x2"],
    ["sin(x1, x2)", "wrong-arity", 0, "sin takes exactly one argument, like sin(x)"],
    ["x2 + x1(1, 2)", "wrong-arity", 5, "x1 is not a function; to multiply, write x1*(…)"],
    ["x1[1]", "not-allowed", 2, "[ ] or . right after a value cannot be used; use * to multiply"],
    ["x1 mod x2", "not-allowed", 3, 'the operator "mod" cannot be used here'],
    ["x1 .* x2", "not-allowed", 3, 'the operator ".*" cannot be used here'],
    ["true", "not-allowed", 0, "only numbers, variables and functions can be used"],
    ["x1 + x2'", "not-allowed", 7, "a transpose applies only to a vector or matrix"],
    [
      "2*[1, 2]",
      "not-allowed",
      2,
      "a vector or matrix can only be the whole answer, not part of an expression",
    ],
    [
      "[[1, 2], [3]]",
      "ragged-matrix",
      9,
      "every row needs the same number of entries: row 2 differs from row 1",
    ],
    [
      "[1, [2, 3]]",
      "ragged-matrix",
      1,
      "write a vector as [a, b] or a matrix as [[a, b], [c, d]], not a mix",
    ],
  ])("%j gives %s at %i", (text, code, position, message) => {
    expect(parseAnswer(text, matrices)).toEqual({ ok: false, error: { code, position, message } });
  });

  it("reports matrix-not-allowed at the bracket when matrices are off", () => {
    expect(parseAnswer("x1 + [1, 2]", { variables: ["x1"] })).toEqual({
      ok: false,
      error: {
        code: "matrix-not-allowed",
        position: 5,
        message: "a vector or matrix is not expected here; type a single expression",
      },
    });
    expect(parseAnswer(" [1, 2]", { variables: [] })).toMatchObject({
      error: { code: "matrix-not-allowed", position: 1 },
    });
  });

  it.each(["constructor(x1)", "toString(x1)", "__proto__(x1)", "hasOwnProperty(x1)"])(
    "treats %j as an unknown function, not a property of every object",
    (text) => {
      expect(parseAnswer(text, matrices)).toMatchObject({
        ok: false,
        error: { code: "unknown-function" },
      });
    },
  );

  it("says an answer has no variables when none are declared", () => {
    expect(parseAnswer("y", { variables: [] })).toMatchObject({
      error: { message: "y is not a variable here; this answer has no variables" },
    });
  });

  it("maps positions back through unicode rewrites, superscripts and underscores", () => {
    expect(parseAnswer("x_1² · σ(x_1) − x9", matrices)).toMatchObject({
      error: { code: "unknown-variable", position: 16 },
    });
    expect(parseAnswer("π·x1 −", matrices)).toMatchObject({
      error: { code: "syntax", position: 6 },
    });
  });
});
