import { assertNever } from "../shared";
import type { Expr, MathValue } from "./expr";
import { needsBrackets } from "./precedence";

/**
 * Prints an expression or answer in the syntax learners type, with explicit `*` and the fewest
 * brackets that still read back as the same tree: `parseAnswer(toInputSyntax(v))` gives `v`.
 * (A negative number literal reads back as a negation of a positive one.)
 */
export function toInputSyntax(value: Expr | MathValue): string {
  switch (value.kind) {
    case "scalar":
      return exprText(value.expr);
    case "vector":
      return rowText(value.entries);
    case "matrix":
      return `[${value.rows.map(rowText).join(", ")}]`;
    default:
      return exprText(value);
  }
}

const rowText = (entries: readonly Expr[]): string => `[${entries.map(exprText).join(", ")}]`;

function exprText(expr: Expr): string {
  switch (expr.kind) {
    case "number":
      return numberText(expr.value);
    case "constant":
    case "variable":
      return expr.name;
    case "call":
      return `${expr.fn}(${exprText(expr.arg)})`;
    case "negate":
      return `-${operand("negate", "left", expr.arg)}`;
    case "binary": {
      const left = operand(expr.op, "left", expr.left);
      const right = operand(expr.op, "right", expr.right);
      return expr.op === "+" || expr.op === "-"
        ? `${left} ${expr.op} ${right}`
        : `${left}${expr.op}${right}`;
    }
    default:
      return assertNever(expr);
  }
}

function operand(
  parent: Parameters<typeof needsBrackets>[0],
  side: "left" | "right",
  child: Expr,
): string {
  const text = exprText(child);
  return needsBrackets(parent, side, child) ? `(${text})` : text;
}

/** A finite number as math.js reads it back (JavaScript's shortest round-trip form). */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot print the non-finite number ${value}`);
  return String(value);
}
