import { assertNever } from "../shared";
import type { BinaryOperator, Expr, FunctionName, MathValue } from "./expr";
import { needsBrackets, precedence } from "./precedence";
import type { Precedence } from "./precedence";

/**
 * The typeset preview of exactly what was understood, as LaTeX that KaTeX renders: fractions
 * for division, braces for powers, brackets only where the tree needs them (so `1/2x` shows as
 * ½x and `1/(2x)` as a fraction over 2x), and a column or a grid for vectors and matrices.
 */
export function toLatex(value: Expr | MathValue): string {
  switch (value.kind) {
    case "scalar":
      return exprLatex(value.expr);
    case "vector":
      return bmatrix(value.entries.map((entry) => [entry]));
    case "matrix":
      return bmatrix(value.rows);
    default:
      return exprLatex(value);
  }
}

const bmatrix = (rows: readonly (readonly Expr[])[]): string =>
  `\\begin{bmatrix} ${rows.map((row) => row.map(exprLatex).join(" & ")).join(" \\\\ ")} \\end{bmatrix}`;

const CALLS: Readonly<Record<FunctionName, (arg: string) => string>> = {
  sin: (arg) => `\\sin\\left(${arg}\\right)`,
  cos: (arg) => `\\cos\\left(${arg}\\right)`,
  tan: (arg) => `\\tan\\left(${arg}\\right)`,
  tanh: (arg) => `\\tanh\\left(${arg}\\right)`,
  exp: (arg) => `\\exp\\left(${arg}\\right)`,
  log: (arg) => `\\ln\\left(${arg}\\right)`,
  sigma: (arg) => `\\sigma\\left(${arg}\\right)`,
  sqrt: (arg) => `\\sqrt{${arg}}`,
  abs: (arg) => `\\left|${arg}\\right|`,
};

function exprLatex(expr: Expr): string {
  switch (expr.kind) {
    case "number":
      return numberLatex(expr.value);
    case "constant":
      return expr.name === "pi" ? "\\pi" : "e";
    case "variable":
      return variableLatex(expr.name);
    case "call":
      return CALLS[expr.fn](exprLatex(expr.arg));
    case "negate":
      return `-${operand("negate", "left", expr.arg)}`;
    case "binary":
      return binaryLatex(expr.op, expr.left, expr.right);
    default:
      return assertNever(expr);
  }
}

function binaryLatex(op: BinaryOperator, left: Expr, right: Expr): string {
  switch (op) {
    case "/":
      return `\\frac{${exprLatex(left)}}{${exprLatex(right)}}`;
    case "^":
      return `${operand("^", "left", left)}^{${exprLatex(right)}}`;
    case "*":
      return productLatex(operand("*", "left", left), operand("*", "right", right));
    case "+":
    case "-":
      return `${operand(op, "left", left)} ${op} ${operand(op, "right", right)}`;
    default:
      return assertNever(op);
  }
}

/**
 * Writes factors side by side where that reads unambiguously (2x, x sin(x), 2(x+1)) and with a
 * dot where it would not: before a digit (2·3 is not 23), before a fraction (2·½ is not 2½),
 * and before a bracket after anything but a number (x·(y+1) is not a function x applied).
 */
function productLatex(left: string, right: string): string {
  const startsPlain = /^[A-Za-z]|^\\(?!frac|left|begin)/.test(right);
  const numberThenBracket = /^\d+(\.\d+)?$/.test(left) && right.startsWith("\\left(");
  return startsPlain || numberThenBracket ? `${left} ${right}` : `${left} \\cdot ${right}`;
}

function operand(parent: BinaryOperator | "negate", side: "left" | "right", child: Expr): string {
  const text = exprLatex(child);
  // On the page a minus sign right after an operator reads badly, so it gets brackets there.
  const minusAfterOperator = (side === "right" || parent === "negate") && text.startsWith("-");
  const bracket =
    minusAfterOperator || needsBrackets(parent, side, child, latexPrecedence(child, parent));
  return bracket ? `\\left(${text}\\right)` : text;
}

/** A fraction is an atom on the page, except as a base; a number in scientific form is a product. */
function latexPrecedence(expr: Expr, parent: BinaryOperator | "negate"): Precedence {
  if (expr.kind === "binary" && expr.op === "/" && parent !== "^") return 5;
  if (expr.kind === "number" && expr.value > 0 && String(expr.value).includes("e")) return 2;
  return precedence(expr);
}

function numberLatex(value: number): string {
  const [mantissa, exponent] = String(value).split("e");
  if (exponent === undefined) return String(value);
  const power = `10^{${Number(exponent)}}`;
  return mantissa === "1" ? power : `${mantissa} \\times ${power}`;
}

const GREEK = new Set([
  "alpha",
  "beta",
  "gamma",
  "delta",
  "epsilon",
  "theta",
  "lambda",
  "mu",
  "rho",
  "sigma",
  "tau",
  "phi",
  "omega",
]);

/** `x1` as x₁, `theta` as θ, other multi-letter names upright-free italic as one symbol. */
function variableLatex(name: string): string {
  const [, letters = name, digits = ""] = /^([A-Za-z]+)(\d*)$/.exec(name) ?? [];
  const base =
    letters.length === 1 ? letters : GREEK.has(letters) ? `\\${letters}` : `\\mathit{${letters}}`;
  return digits === "" ? base : `${base}_{${digits}}`;
}
