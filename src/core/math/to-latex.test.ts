import { describe, expect, it } from "vitest";
import { num, variable } from "./expr";
import { parseAnswer } from "./parse-answer";
import { toLatex } from "./to-latex";

const context = { variables: ["x1", "x2", "x", "y", "theta1", "lr"], allowMatrices: true };

const latexOf = (text: string): string => {
  const parsed = parseAnswer(text, context);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return toLatex(parsed.value);
};

describe("toLatex shows exactly how the input was read", () => {
  it.each([
    ["1/2x", "\\frac{1}{2} x"],
    ["1/(2x)", "\\frac{1}{2 x}"],
    ["-x^2", "-x^{2}"],
    ["(-x)^2", "\\left(-x\\right)^{2}"],
    ["2^3^2", "2^{3^{2}}"],
    ["(2^3)^2", "\\left(2^{3}\\right)^{2}"],
    ["x1 + x2", "x_{1} + x_{2}"],
    ["x1 - (x2 - 1)", "x_{1} - \\left(x_{2} - 1\\right)"],
    ["x1 - (x2 + 1)", "x_{1} - \\left(x_{2} + 1\\right)"],
    ["(x1 + 1)(x2 - 1)", "\\left(x_{1} + 1\\right) \\cdot \\left(x_{2} - 1\\right)"],
    ["2(x + 1)", "2 \\left(x + 1\\right)"],
    ["2*3", "2 \\cdot 3"],
    ["x*2", "x \\cdot 2"],
    ["2*(1/3)", "2 \\cdot \\frac{1}{3}"],
    ["x1 x2", "x_{1} x_{2}"],
    ["x*(-y)", "x \\cdot \\left(-y\\right)"],
    ["x - -y", "x - \\left(-y\\right)"],
    ["2^(-x)", "2^{-x}"],
    ["(x/y)^2", "\\left(\\frac{x}{y}\\right)^{2}"],
    ["sin(x)^2", "\\sin\\left(x\\right)^{2}"],
    ["sin(x) cos(x)", "\\sin\\left(x\\right) \\cos\\left(x\\right)"],
    [
      "cos(x) + tan(x) + tanh(x)",
      "\\cos\\left(x\\right) + \\tan\\left(x\\right) + \\tanh\\left(x\\right)",
    ],
    ["exp(x) + ln(x)", "\\exp\\left(x\\right) + \\ln\\left(x\\right)"],
    ["sqrt(x + 1)", "\\sqrt{x + 1}"],
    ["abs(x)", "\\left|x\\right|"],
    ["σ(x)", "\\sigma\\left(x\\right)"],
    ["e^x * pi", "e^{x} \\pi"],
    ["2pi", "2 \\pi"],
    ["theta1 + lr", "\\theta_{1} + \\mathit{lr}"],
    ["1e-7 + 2.5e21", "10^{-7} + 2.5 \\times 10^{21}"],
    ["(1e-7)^2", "\\left(10^{-7}\\right)^{2}"],
    ["[x1, 2]", "\\begin{bmatrix} x_{1} \\\\ 2 \\end{bmatrix}"],
    ["[x1, 2]^T", "\\begin{bmatrix} x_{1} & 2 \\end{bmatrix}"],
    ["[[1, 2], [3, x]]", "\\begin{bmatrix} 1 & 2 \\\\ 3 & x \\end{bmatrix}"],
  ])("shows %j as %s", (text, latex) => {
    expect(latexOf(text)).toBe(latex);
  });

  it("brackets a negative number literal made by a generator", () => {
    expect(toLatex({ kind: "binary", op: "^", left: num(-2), right: variable("x") })).toBe(
      "\\left(-2\\right)^{x}",
    );
  });
});
