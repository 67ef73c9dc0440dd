import { assertNever } from "../shared";
import { CONSTANT_VALUES, FUNCTION_VALUES } from "./compile";
import type { BinaryOperator, Expr } from "./expr";

/**
 * The value of a trusted expression at a point, by walking the tree. This is the plain reference
 * evaluator: its tree walk is kept apart from the compiled one in `compile.ts` so each can check
 * the other, but what each function and constant means is defined once, there.
 * Throws on a variable missing from `point`: a generator that forgot one has a bug.
 */
export function evaluateExpr(expr: Expr, point: Readonly<Record<string, number>>): number {
  const walk = (e: Expr): number => {
    switch (e.kind) {
      case "number":
        return e.value;
      case "constant":
        return CONSTANT_VALUES[e.name];
      case "variable": {
        const value = point[e.name];
        if (value === undefined) throw new Error(`evaluateExpr: no value for "${e.name}"`);
        return value;
      }
      case "negate":
        return -walk(e.arg);
      case "call":
        return FUNCTION_VALUES[e.fn](walk(e.arg));
      case "binary":
        return applyOperator(e.op, walk(e.left), walk(e.right));
      default:
        return assertNever(e);
    }
  };
  return walk(expr);
}

function applyOperator(op: BinaryOperator, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "^":
      return Math.pow(a, b);
    default:
      return assertNever(op);
  }
}

/** Every entry of a matrix of trusted expressions, evaluated at one point. */
export function evaluateMatrix(
  entries: readonly (readonly Expr[])[],
  point: Readonly<Record<string, number>>,
): number[][] {
  return entries.map((row) => row.map((entry) => evaluateExpr(entry, point)));
}
