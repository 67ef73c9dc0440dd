import { assertNever } from "../shared";
import type { Expr } from "./expr";

/**
 * Replaces each variable named in `bindings` by its expression, everywhere at once (a bound
 * expression is not itself substituted into). Used to evaluate an outer derivative at g(x).
 */
export function substitute(expr: Expr, bindings: Readonly<Record<string, Expr>>): Expr {
  const walk = (e: Expr): Expr => {
    switch (e.kind) {
      case "number":
      case "constant":
        return e;
      case "variable":
        return Object.hasOwn(bindings, e.name) ? (bindings[e.name] ?? e) : e;
      case "negate":
        return { kind: "negate", arg: walk(e.arg) };
      case "call":
        return { kind: "call", fn: e.fn, arg: walk(e.arg) };
      case "binary":
        return { kind: "binary", op: e.op, left: walk(e.left), right: walk(e.right) };
      default:
        return assertNever(e);
    }
  };
  return walk(expr);
}
