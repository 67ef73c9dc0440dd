import type { MathNode } from "mathjs";
import { assertNever } from "../shared";
import type { BinaryOperator, Expr } from "./expr";
import { constantNode, operatorNode, symbolic, symbolNode } from "./mathjs-symbolic";
import type { ArithmeticFn } from "./mathjs-symbolic";

/** math.js's function name for each operator. */
const OPERATOR_FN: { readonly [O in BinaryOperator]: ArithmeticFn } = {
  "+": "add",
  "-": "subtract",
  "*": "multiply",
  "/": "divide",
  "^": "pow",
};

/**
 * The math.js node tree of an expression, for `derivative` and `simplify`. Built directly (not by
 * printing and parsing) so nothing is lost; a negative number becomes a negation, as the parser
 * reads it, so that a round trip gives back the same tree.
 */
export function exprToMathjs(expr: Expr): MathNode {
  switch (expr.kind) {
    case "number":
      return expr.value < 0 ? negation(constantNode(-expr.value)) : constantNode(expr.value);
    case "constant":
    case "variable":
      return symbolNode(expr.name);
    case "negate":
      return negation(exprToMathjs(expr.arg));
    case "call":
      return new (symbolic().FunctionNode)(expr.fn, [exprToMathjs(expr.arg)]);
    case "binary":
      return operatorNode(OPERATOR_FN[expr.op], [
        exprToMathjs(expr.left),
        exprToMathjs(expr.right),
      ]);
    default:
      return assertNever(expr);
  }
}

const negation = (arg: MathNode): MathNode => operatorNode("unaryMinus", [arg]);
