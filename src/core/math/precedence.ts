import type { BinaryOperator, Expr } from "./expr";

/** How tightly a form binds; larger binds tighter. */
export type Precedence = 1 | 2 | 3 | 4 | 5;

/**
 * Binding strength as the parser reads input: + and − (1), × and ÷ (2), unary minus (3), power
 * (4), atoms (5). Unary minus sits between × and ^, as in math.js: `-x*y` is (−x)·y and `-x^2`
 * is −(x²). A negative number literal (only generators make them) binds like unary minus.
 */
export function precedence(expr: Expr): Precedence {
  switch (expr.kind) {
    case "binary":
      return OPERATOR_PRECEDENCE[expr.op];
    case "negate":
      return 3;
    case "number":
      return expr.value < 0 ? 3 : 5;
    case "constant":
    case "variable":
    case "call":
      return 5;
  }
}

const OPERATOR_PRECEDENCE: Readonly<Record<BinaryOperator, Precedence>> = {
  "+": 1,
  "-": 1,
  "*": 2,
  "/": 2,
  "^": 4,
};

/**
 * Whether an operand needs brackets so that the printed text reads back as the same tree:
 * +, −, ×, ÷ group to the left and ^ to the right, so an operand on the grouping side may share
 * the parent's precedence and one on the other side may not. A unary minus may follow any
 * operator bare (`x - -y`, `x*-y`, `2^-x`), as the parser allows. `childPrecedence` lets LaTeX
 * treat a fraction bar as an atom.
 */
export function needsBrackets(
  parent: BinaryOperator | "negate",
  side: "left" | "right",
  child: Expr,
  childPrecedence: Precedence = precedence(child),
): boolean {
  if (parent === "negate") return childPrecedence < 3;
  if (parent === "^") return side === "left" ? childPrecedence <= 4 : childPrecedence < 3;
  const parentPrecedence = OPERATOR_PRECEDENCE[parent];
  return side === "left" ? childPrecedence < parentPrecedence : childPrecedence <= parentPrecedence;
}
