import type { MathNode } from "mathjs";
import type { Expr } from "./expr";
import { exprToMathjs } from "./expr-to-mathjs";
import { memoize } from "./memo";
import { fromSymbolic, symbolic, variablesOf } from "./mathjs-symbolic";
import { readableNode } from "./readable-node";

// Memoized for the same reason as derivatives (see differentiate.ts).
const simplified = memoize(4096, (key) => simplifiedForm(JSON.parse(key) as Expr));

/** A trusted expression simplified by math.js and tidied into the form shown to learners. */
export function simplifyExpr(expr: Expr): Expr {
  return simplified(JSON.stringify(expr));
}

function simplifiedForm(expr: Expr): Expr {
  const node = exprToMathjs(expr);
  const variables = variablesOf(node);
  const plain = symbolic().simplify(node);
  const expanded = isPolynomial(expr)
    ? symbolic().simplify(symbolic().rationalize(node))
    : undefined;
  // math.js's simplify does not multiply out sums (2(x1 + x2) + x1 - 2(x1 - x2) stays as it is);
  // for a polynomial, its expanded form is kept when it reads shorter.
  const shorter =
    expanded !== undefined && expanded.toString().length < plain.toString().length
      ? expanded
      : plain;
  return fromSymbolic(readableNode(shorter as MathNode, variables), variables);
}

/** Numbers and variables under + − × and whole powers: what `rationalize` can expand. */
function isPolynomial(expr: Expr): boolean {
  switch (expr.kind) {
    case "number":
    case "variable":
      return true;
    case "constant":
    case "call":
      return false;
    case "negate":
      return isPolynomial(expr.arg);
    case "binary":
      if (expr.op === "/") return false;
      if (expr.op === "^") {
        return (
          expr.right.kind === "number" &&
          Number.isInteger(expr.right.value) &&
          expr.right.value >= 0 &&
          isPolynomial(expr.left)
        );
      }
      return isPolynomial(expr.left) && isPolynomial(expr.right);
  }
}
