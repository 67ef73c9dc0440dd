import { binary, compileExpr, num, type Expr } from "../../../math";

const isNumber = (e: Expr, value: number) => e.kind === "number" && e.value === value;

/** a·b with the factors 0 and 1 folded away (full simplification costs tens of milliseconds). */
export function times(a: Expr, b: Expr): Expr {
  if (isNumber(a, 0) || isNumber(b, 0)) return num(0);
  if (isNumber(a, 1)) return b;
  return isNumber(b, 1) ? a : binary("*", a, b);
}

/** The term without its leading minus sign, when it has one: -a and (-a)·b. */
function unsigned(term: Expr): Expr | undefined {
  if (term.kind === "negate") return term.arg;
  if (term.kind === "binary" && term.op === "*" && term.left.kind === "negate") {
    return binary("*", term.left.arg, term.right);
  }
  return undefined;
}

/** The sum of the terms, zero terms left out and a negative term subtracted; 0 when none is left. */
export function sumOf(terms: readonly Expr[]): Expr {
  const [first, ...rest] = terms.filter((term) => !isNumber(term, 0));
  if (!first) return num(0);
  return rest.reduce((sum, term) => {
    const positive = unsigned(term);
    return positive ? binary("-", sum, positive) : binary("+", sum, term);
  }, first);
}

/** Points where symbolic answers are told apart (away from 0, from each other, and from poles). */
const PROBES = [
  [0.7, -1.3, 0.4, 1.1],
  [1.9, 0.4, -0.8, 0.3],
  [-0.6, 1.1, 1.7, -1.4],
] as const;

/** Whether two lists of expressions differ at some probe point (else they count as the same). */
export function differ(
  a: readonly Expr[],
  b: readonly Expr[],
  variables: readonly string[],
): boolean {
  if (a.length !== b.length) return true;
  return a.some((entry, i) => {
    const left = compileExpr(entry, variables);
    const right = compileExpr(b[i] as Expr, variables);
    return PROBES.some((point) => {
      const [x, y] = [left(point), right(point)];
      return !(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)));
    });
  });
}
