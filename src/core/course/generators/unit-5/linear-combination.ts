import { binary, negate, num, type Expr } from "../../../math";

/**
 * Σ kᵢ·tᵢ written as a learner would: zero terms left out, 1·t as t, a negative coefficient
 * as a minus sign, and 0 when nothing is left.
 */
export function linearCombination(terms: readonly (readonly [number, Expr])[]): Expr {
  const used = terms.filter(([k]) => k !== 0);
  const magnitude = (k: number, t: Expr): Expr =>
    Math.abs(k) === 1 ? t : binary("*", num(Math.abs(k)), t);
  return (
    used.reduce<Expr | undefined>((sum, [k, t]) => {
      const part = magnitude(k, t);
      if (sum === undefined) return k < 0 ? negate(part) : part;
      return binary(k < 0 ? "-" : "+", sum, part);
    }, undefined) ?? num(0)
  );
}

/** a + e, leaving out a zero constant a and writing a + (−e) as a − e. */
export function plusExpr(sum: Expr, e: Expr): Expr {
  if (sum.kind === "number" && sum.value === 0) return e;
  if (e.kind === "number" && e.value === 0) return sum;
  if (e.kind === "negate") return binary("-", sum, e.arg);
  if (e.kind === "number" && e.value < 0) return binary("-", sum, num(-e.value));
  return binary("+", sum, e);
}
