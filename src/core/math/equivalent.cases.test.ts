import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { checkEquivalent } from "./equivalent-value";
import type { EquivalenceOutcome } from "./equivalent-value";
import { guessVariables } from "./guess-variables";
import { parseAnswer } from "./parse-answer";

/** [expected, answer, outcome]: the policy of docs/equivalence.md as a table. */
type Case = readonly [string, string, EquivalenceOutcome["kind"]];

const SEEDS = [1, 2, 3].map(asSeed);

function outcomeOf(expected: string, answer: string, seed = SEEDS[0]) {
  const variables = guessVariables(expected, answer);
  const read = (text: string) => {
    const parsed = parseAnswer(text, { variables, allowMatrices: true });
    if (!parsed.ok) throw new Error(`"${text}" does not parse: ${parsed.error.message}`);
    return parsed.value;
  };
  return checkEquivalent(read(expected), read(answer), { variables, seed: seed ?? asSeed(1) });
}

const table = (title: string, cases: readonly Case[]) =>
  describe(title, () => {
    it.each(cases)("%s vs %s: %s", (expected, answer, kind) => {
      for (const seed of SEEDS) expect(outcomeOf(expected, answer, seed).kind).toBe(kind);
    });
  });

table("algebraic identities are equivalent", [
  ["(x+1)^2", "x^2 + 2x + 1", "equivalent"],
  ["(x+1)^2 - x^2 - 2x", "1", "equivalent"],
  ["(x+1)^2 - x^2 - 2x - 1", "0", "equivalent"],
  ["x + 1", "(x^2-1)/(x-1)", "equivalent"],
  ["(x^2-1)/(x-1)", "x + 1", "equivalent"],
  ["x", "x^2/x", "equivalent"],
  ["(a+b)^3", "a^3 + 3a^2 b + 3a b^2 + b^3", "equivalent"],
  ["a^2 - b^2", "(a-b)(a+b)", "equivalent"],
  ["1/(1/x)", "x", "equivalent"],
  ["a/b", "a*b^(-1)", "equivalent"],
  ["1/(x*y)", "1/x/y", "equivalent"],
  ["x^3 - 1", "(x-1)(x^2+x+1)", "equivalent"],
  ["2*x1 + 2*x1*x2^2", "2x1(1 + x2^2)", "equivalent"],
  ["x^(1/2)", "sqrt(x)", "equivalent"],
  ["x^(-2)", "1/x^2", "equivalent"],
  ["(x^2)^3", "x^6", "equivalent"],
  ["x^2*x^3", "x^5", "equivalent"],
  ["1/2 + 1/3", "5/6", "equivalent"],
  ["(x+y)/(x*y)", "1/x + 1/y", "equivalent"],
  ["(2x+2)/2", "x + 1", "equivalent"],
  ["-(x - y)", "y - x", "equivalent"],
  ["x*y*z", "z*y*x", "equivalent"],
  ["(x-1)^2*(x+1)^2", "(x^2-1)^2", "equivalent"],
  ["x^10", "(x^5)^2", "equivalent"],
  ["(1+x)^8", "((1+x)^2)^4", "equivalent"],
  ["1/(x^2+1)", "(x^2+1)^(-1)", "equivalent"],
  ["(x^4 - y^4)/(x^2 + y^2)", "x^2 - y^2", "equivalent"],
  ["x1*x2 + x2*x3", "x2(x1 + x3)", "equivalent"],
  ["abs(x*y)", "abs(x)*abs(y)", "equivalent"],
  ["abs(x)^2", "x^2", "equivalent"],
  ["sqrt(x^2)", "abs(x)", "equivalent"],
  ["sqrt(4x^2)", "2abs(x)", "equivalent"],
]);

table("trig, exp, log and friends are equivalent", [
  ["1", "sin(x)^2 + cos(x)^2", "equivalent"],
  ["sin(x)^2 + cos(x)^2", "1", "equivalent"],
  ["sin(2x)", "2sin(x)cos(x)", "equivalent"],
  ["cos(2x)", "cos(x)^2 - sin(x)^2", "equivalent"],
  ["cos(2x)", "1 - 2sin(x)^2", "equivalent"],
  ["tan(x)", "sin(x)/cos(x)", "equivalent"],
  ["1 + tan(x)^2", "1/cos(x)^2", "equivalent"],
  ["sin(x + y)", "sin(x)cos(y) + cos(x)sin(y)", "equivalent"],
  ["cos(x - y)", "cos(x)cos(y) + sin(x)sin(y)", "equivalent"],
  ["sin(pi - x)", "sin(x)", "equivalent"],
  ["cos(pi/2 - x)", "sin(x)", "equivalent"],
  ["sin(-x)", "-sin(x)", "equivalent"],
  ["cos(-x)", "cos(x)", "equivalent"],
  ["sin(x)^2", "(1 - cos(2x))/2", "equivalent"],
  ["sin(3x)", "3sin(x) - 4sin(x)^3", "equivalent"],
  ["exp(x + y)", "exp(x)exp(y)", "equivalent"],
  ["exp(2x)", "exp(x)^2", "equivalent"],
  ["e^x", "exp(x)", "equivalent"],
  ["e^(2x)", "(e^x)^2", "equivalent"],
  ["exp(10x)", "exp(5x)^2", "equivalent"],
  ["exp(10x)", "exp(x)^10", "equivalent"],
  ["exp(10x)*(x + 1) - x*exp(10x)", "exp(10x)", "equivalent"],
  ["exp(x^2)", "exp(x)^x", "equivalent"],
  ["exp(-x)", "1/exp(x)", "equivalent"],
  ["x", "exp(log(x))", "equivalent"],
  ["exp(log(x))", "x", "equivalent"],
  ["x", "log(exp(x))", "equivalent"],
  ["x", "sqrt(x)^2", "equivalent"],
  ["sqrt(x)^2", "x", "equivalent"],
  ["log(x*y)", "log(x) + log(y)", "equivalent"],
  ["log(x^2)", "2log(x)", "equivalent"],
  ["log(x/y)", "log(x) - log(y)", "equivalent"],
  ["ln(x)", "log(x)", "equivalent"],
  ["log(e)", "1", "equivalent"],
  ["log(sqrt(x))", "log(x)/2", "equivalent"],
  ["2^x", "exp(x*log(2))", "equivalent"],
  ["x^y", "exp(y*log(x))", "equivalent"],
  ["tanh(x)", "(exp(2x) - 1)/(exp(2x) + 1)", "equivalent"],
  ["tanh(x)", "(exp(x) - exp(-x))/(exp(x) + exp(-x))", "equivalent"],
  ["1 - tanh(x)^2", "4/(exp(x) + exp(-x))^2", "equivalent"],
  ["sigma(x)", "1/(1 + exp(-x))", "equivalent"],
  ["sigma(x)", "exp(x)/(1 + exp(x))", "equivalent"],
  ["sigma(x)(1 - sigma(x))", "exp(-x)/(1 + exp(-x))^2", "equivalent"],
  ["1 - sigma(x)", "sigma(-x)", "equivalent"],
  ["sigma(x)", "(1 + tanh(x/2))/2", "equivalent"],
  ["2sigma(2x) - 1", "tanh(x)", "equivalent"],
  ["sqrt(x*y)", "sqrt(x)*sqrt(y)", "equivalent"],
  ["sqrt(8)", "2sqrt(2)", "equivalent"],
  ["1/sqrt(2)", "sqrt(2)/2", "equivalent"],
  ["abs(sin(x))", "sqrt(1 - cos(x)^2)", "equivalent"],
  ["cos(x)*exp(sin(x))", "exp(sin(x))*cos(x)", "equivalent"],
  ["2x*cos(x^2)", "cos(x^2)*2*x", "equivalent"],
]);

table("forms that agree only on part of the domain are different", [
  ["x", "sqrt(x^2)", "different"],
  ["sqrt(x^2)", "x", "different"],
  ["x", "abs(x)", "different"],
  ["abs(x)", "x", "different"],
  ["abs(x - 3)", "3 - x", "different"],
  ["x^2", "x*abs(x)", "different"],
  ["log(abs(x))", "log(x)", "equivalent"],
  ["sqrt(x*y)", "sqrt(x)*sqrt(-y)", "undetermined"],
  ["x", "sqrt(x)^2 + abs(x) - x", "equivalent"],
  ["x*(x-1)", "abs(x)*(x-1)", "different"],
  ["2abs(x)", "2x", "different"],
  ["exp(abs(x))", "exp(x)", "different"],
  ["x^2", "abs(x^3)/x", "different"],
]);

table("forms that agree only at special points are different", [
  ["0", "sin(pi*x)", "different"],
  ["sin(pi*x)", "0", "different"],
  ["1", "cos(2pi*x)", "different"],
  ["x", "x + sin(pi*x)", "different"],
  ["x^2", "x", "different"],
  ["x^3", "x", "different"],
  ["x^2 + y^2", "(x+y)^2", "different"],
  ["2^x", "x + 1", "different"],
  ["x*(x-1)*(x+1)", "0", "different"],
  ["x*(x-1)*(x-2)*(x+1)*(x+2)", "0", "different"],
  ["1", "x^0 + x*(x-1)*(x-0.5)", "different"],
  ["sin(x)", "x - x^3/6 + x^5/120", "different"],
  ["exp(x)", "1 + x + x^2/2 + x^3/6 + x^4/24", "different"],
  ["log(1+x)", "x - x^2/2", "different"],
  ["cos(x)", "1 - x^2/2", "different"],
]);

table("common mistakes are different", [
  ["2x*cos(x^2)", "cos(x^2)", "different"],
  ["2x*cos(x^2)", "-2x*sin(x^2)", "different"],
  ["sigma(x)(1 - sigma(x))", "sigma(x)", "different"],
  ["sigma(x)(1 - sigma(x))", "1 - sigma(x)", "different"],
  ["1 - tanh(x)^2", "tanh(x)", "different"],
  ["1 - tanh(x)^2", "1 - tanh(x)", "different"],
  ["exp(2x)", "2exp(2x)", "different"],
  ["2exp(2x)", "exp(2x)", "different"],
  ["1/x", "log(x)", "different"],
  ["-sin(x)", "sin(x)", "different"],
  ["cos(x)", "-cos(x)", "different"],
  ["x1*x2", "x1 + x2", "different"],
  ["2*x1 + 2*x1*x2^2", "2*x1 + 2*x1^2*x2", "different"],
  ["1 + 2*x1^2*x2", "2*x1 + 2*x1*x2^2", "different"],
  ["x/(1+x)", "1/(1+x)", "different"],
  ["sin(x)^2", "sin(x^2)", "different"],
  ["log(x)^2", "log(x^2)", "different"],
  ["exp(x)^2", "exp(x^2)", "different"],
  ["sqrt(x + y)", "sqrt(x) + sqrt(y)", "different"],
  ["1/(x + y)", "1/x + 1/y", "different"],
  ["(a+b)^2", "a^2 + b^2", "different"],
  ["tan(x)", "cos(x)/sin(x)", "different"],
  ["x*y", "y", "different"],
  ["2x", "x + 2", "different"],
  ["x + y", "x + y + 1", "different"],
  ["x - y", "y - x", "different"],
  ["sin(2x)", "2sin(x)", "different"],
  ["exp(-x)", "-exp(x)", "different"],
]);

table("large and tiny magnitudes keep the right verdict", [
  ["exp(20x)", "exp(10x)^2", "equivalent"],
  ["exp(20x)", "exp(20x) + 1", "different"],
  ["exp(20x)", "1.000001*exp(20x)", "different"],
  ["x^20", "(x^10)^2", "equivalent"],
  ["x^20", "x^20 + 1", "different"],
  ["1e8*x", "100000000x", "equivalent"],
  ["1e8*x", "100001000x", "different"],
  ["1e-8*x", "0", "different"],
  ["1e-8*x", "x/100000000", "equivalent"],
  ["1e-6*x^2", "1e-6*x^2 + 1e-9", "different"],
  ["exp(-20x^2)", "1/exp(20x^2)", "equivalent"],
  ["exp(-20x^2)", "0", "different"],
  ["exp(x)*1e-10", "exp(x)/1e10", "equivalent"],
  ["exp(x^3)", "exp(x)^(x^2)", "equivalent"],
  ["tan(x)", "sin(x)/cos(x)", "equivalent"],
  ["tan(10x)", "sin(10x)/cos(10x)", "equivalent"],
  ["1/cos(x)^2", "1 + tan(x)^2", "equivalent"],
  ["tan(x)", "tan(x) + 1e-3", "different"],
  ["sigma(20x)", "1/(1 + exp(-20x))", "equivalent"],
  ["log(1 + exp(x))", "x + log(1 + exp(-x))", "equivalent"],
  ["(1e3 + x)^2 - 1e6 - 2e3*x", "x^2", "equivalent"],
  ["1 - tanh(x)^2", "4/(exp(x) + exp(-x))^2", "equivalent"],
  ["1e-50*sin(x)", "1e-50*cos(x)", "different"],
  ["1e-30", "2e-30", "different"],
  ["x + 1e9", "2x + 1e9", "different"],
  ["abs(x + 1000) - 1000", "abs(x + 1001) - 1001", "different"],
  ["sin(pi*x)", "sin(pi*x) + 1e-9", "different"],
  ["(x + 1)^2 - (x - 1)^2", "4x", "equivalent"],
]);

table("numbers are compared to four significant digits", [
  ["1/3", "0.3333", "equivalent"],
  ["1/3", "0.33333333", "equivalent"],
  ["1/3", "0.333", "different"],
  ["1/3", "0.3", "different"],
  ["2/3", "0.6667", "equivalent"],
  ["2/3", "0.6666", "equivalent"],
  ["2/3", "0.667", "different"],
  ["pi", "3.1416", "equivalent"],
  ["pi", "3.14", "different"],
  ["e", "2.718", "equivalent"],
  ["sqrt(2)", "1.4142", "equivalent"],
  ["sqrt(2)", "1.41", "different"],
  ["sigma(1)*(1 - sigma(1))", "0.1966", "equivalent"],
  ["sigma(1)*(1 - sigma(1))", "0.197", "different"],
  ["10", "10", "equivalent"],
  ["10", "10.001", "equivalent"],
  ["10", "10.1", "different"],
  ["1000", "1001", "different"],
  ["1000", "1000.4", "equivalent"],
  ["1000", "1002.5", "different"],
  ["12345", "12346", "different"],
  ["12345", "12346.5", "equivalent"],
  ["-4", "-4.0", "equivalent"],
  ["-4", "4", "different"],
  ["0", "0", "equivalent"],
  ["0", "0.0001", "different"],
  ["0", "1e-13", "different"],
  ["sin(pi)", "0", "equivalent"],
  ["0.02", "1/50", "equivalent"],
  ["0.019652", "0.02", "different"],
  ["4*0.01 - 0.02", "0.02", "equivalent"],
  ["exp(1)", "e", "equivalent"],
  ["3*exp(0)", "3", "equivalent"],
  ["1/3", "x/x/3", "equivalent"],
  ["x/3", "0.3333x", "different"],
  ["x/2", "0.5x", "equivalent"],
]);

table("answers undefined almost everywhere are undetermined, never equivalent", [
  ["x", "log(-x^2 - 1)", "undetermined"],
  ["1/0", "1", "undetermined"],
  ["1", "1/0", "undetermined"],
  ["log(-1)", "log(-1)", "undetermined"],
  ["x", "sqrt(-x^2) + x", "undetermined"],
  ["sqrt(x - 100)", "sqrt(x - 100)", "undetermined"],
  ["log(x - 3)", "log(x - 3)", "undetermined"],
]);

table("vectors and matrices are compared entry by entry, with shapes first", [
  ["[2x, 1]", "[2x, 1]", "equivalent"],
  ["[2x, 1]", "[x + x, sin(x)^2 + cos(x)^2]", "equivalent"],
  ["[2x, 1]", "[2x, 2]", "different"],
  ["[2x, 1]", "[1, 2x]", "different"],
  ["[2x, 1]", "[[2x], [1]]", "equivalent"],
  ["[2x, 1]", "[[2x, 1]]", "shape"],
  ["[[2x, 1]]", "[2x, 1]", "shape"],
  ["[[2x, 1]]", "[2x, 1]^T", "equivalent"],
  ["[2x, 1]", "[[2x, 1]]^T", "equivalent"],
  ["[2x, 1]", "[2x, 1, 0]", "shape"],
  ["[2x, 1]", "2x", "shape"],
  ["2x", "[2x]", "equivalent"],
  ["[[1, 2], [3, 4]]", "[[1, 2], [3, 4]]", "equivalent"],
  ["[[1, 2], [3, 4]]", "[[1, 3], [2, 4]]", "different"],
  ["[[1, 2], [3, 4]]", "[[1, 3], [2, 4]]^T", "equivalent"],
  ["[[1, 2], [3, 4]]", "[[1, 2, 0], [3, 4, 0]]", "shape"],
  ["[[1, 2], [3, 4]]", "[1, 2, 3, 4]", "shape"],
  ["[[2x1, 1], [x2, x1]]", "[[x1 + x1, 1], [x2, x1]]", "equivalent"],
  ["[[2x1, 1], [x2, x1]]", "[[2x1, x2], [1, x1]]", "different"],
  ["[[2x1, 1], [x2, x1]]", "[[2x1, 1], [x1, x2]]", "different"],
  ["[[1, 2x1x2]]", "[[1, 2x1*x2]]", "equivalent"],
  ["[[1, 2x1x2]]", "[1, 2x1*x2]", "shape"],
  ["[[exp(x), 0], [0, log(y)]]", "[[exp(x), 0], [0, log(y)]]", "equivalent"],
  ["[[x, 1], [1, log(-1 - x^2)]]", "[[x, 1], [1, log(-1 - x^2)]]", "undetermined"],
  ["[[x, 1], [1, y]]", "[[x, 1], [1, log(-1 - y^2)]]", "undetermined"],
  ["[[x, 1], [2, log(-1 - y^2)]]", "[[x, 1], [1, log(-1 - y^2)]]", "different"],
]);

table("the lesson's worked examples and exercises grade their unsimplified forms equivalent", [
  // Example 1: Dh = Df(g(x)) Dg(x), multiplied out entry by entry.
  ["[[2x1 + 2x1*x2^2, 1 + 2x1^2x2]]", "[[1*2x1 + (2x1*x2)*x2, 1*1 + (2x1*x2)*x1]]", "equivalent"],
  ["[2x1 + 2x1*x2^2, 1 + 2x1^2x2]", "[[1*2x1 + (2x1*x2)*x2, 1*1 + (2x1*x2)*x1]]^T", "equivalent"],
  ["[2x1 + 2x1*x2^2, 1 + 2x1^2x2]", "[[2x1 + 2x1*x2^2, 1 + 2x1^2x2]]", "shape"],
  ["[10, 5]", "[2*1 + 2*1*2^2, 1 + 2*1^2*2]", "equivalent"],
  // Example 2: pushforward, pullback and the pairing.
  ["[0.05, -0.01]", "[0.01 + 2*0.02, 0.01 - 0.02]", "equivalent"],
  ["[4, -1]", "[1*1 + 1*3, 2*1 + (-1)*3]", "equivalent"],
  ["0.02", "4*0.01 + (-1)*0.02", "equivalent"],
  ["0.02", "0.05 - 0.03", "equivalent"],
  ["[[exp(u2), u1*exp(u2)]]", "[[e^u2, u1 e^u2]]", "equivalent"],
  // Example 3: one partial by path tracing.
  ["2x1x2x3", "u2*0 + x1*x2*2x3", "equivalent"],
  ["2x1x2x3", "2x3(x1x2)", "equivalent"],
  ["2x1x2x3", "x3^2 * 0 + x1*x2", "different"],
  // Exercise 1: Dg^T grad f(g(x)), typed out.
  [
    "[4x1 + x2, x1 + 4x2]",
    "[2(x1 + x2) + 2(x1 - x2) + x2, 2(x1 + x2) - 2(x1 - x2) + x1]",
    "equivalent",
  ],
  [
    "[4x1 + x2, x1 + 4x2]",
    "[1*2(x1+x2) + 1*2(x1-x2) + x2*1, 1*2(x1+x2) - 1*2(x1-x2) + x1*1]",
    "equivalent",
  ],
  ["[4x1 + x2, x1 + 4x2]", "[x1 + 4x2, 4x1 + x2]", "different"],
  ["[4x1 + x2, x1 + 4x2]", "[[4x1 + x2, x1 + 4x2]]", "shape"],
  // Exercise 3.
  ["[2x1 sin(x2), x1^2 cos(x2)]", "[2x1*sin(x2), cos(x2)*x1^2]", "equivalent"],
  ["[2x1 sin(x2), x1^2 cos(x2)]", "[2x1*sin(x2) + 0*x1^2, 0*sin(x2) + cos(x2)*x1^2]", "equivalent"],
  ["[2x1 sin(x2), x1^2 cos(x2)]", "[2x1 cos(x2), x1^2 sin(x2)]", "different"],
]);

it("reports where a scalar answer differs", () => {
  const outcome = outcomeOf("x^2", "x");
  expect(outcome).toMatchObject({ kind: "different", entry: [0, 0] });
  const point = outcome.kind === "different" ? outcome.point : undefined;
  expect(point?.x).toBeTypeOf("number");
  expect((point?.x ?? 0) ** 2).not.toBeCloseTo(point?.x ?? 0, 6);
});

it("reports the first differing entry of a matrix", () => {
  expect(outcomeOf("[[1, x], [y, 2]]", "[[1, x], [y, 3]]")).toMatchObject({
    kind: "different",
    entry: [1, 1],
  });
});

it("reports both shapes on a mismatch", () => {
  expect(outcomeOf("[a, b]", "[[a, b]]")).toEqual({
    kind: "shape",
    expected: { rows: 2, cols: 1 },
    actual: { rows: 1, cols: 2 },
  });
});
