import type { Expr } from "./expr";
import { exprToMathjs } from "./expr-to-mathjs";
import { fromSymbolic, symbolic, variablesOf } from "./mathjs-symbolic";
import { readableNode } from "./readable-node";

/** A trusted expression simplified by math.js and tidied into the form shown to learners. */
export function simplifyExpr(expr: Expr): Expr {
  const node = exprToMathjs(expr);
  const variables = variablesOf(node);
  return fromSymbolic(readableNode(symbolic().simplify(node), variables), variables);
}
