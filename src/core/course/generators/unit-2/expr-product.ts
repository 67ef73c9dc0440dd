import { binary, num, type Expr } from "../../../math";

const isNumber = (e: Expr, value?: number): boolean =>
  e.kind === "number" && (value === undefined || e.value === value);

/** a·b with zeros and ones folded away, so a product of Jacobians reads like one written by hand. */
function times(a: Expr, b: Expr): Expr {
  if (isNumber(a, 0) || isNumber(b, 0)) return num(0);
  if (isNumber(a, 1)) return b;
  if (isNumber(b, 1)) return a;
  if (a.kind === "number" && b.kind === "number") return num(a.value * b.value);
  return binary("*", a, b);
}

/** a + b with zero terms dropped and numbers added. */
function plus(a: Expr, b: Expr): Expr {
  if (isNumber(a, 0)) return b;
  if (isNumber(b, 0)) return a;
  if (a.kind === "number" && b.kind === "number") return num(a.value + b.value);
  return binary("+", a, b);
}

/**
 * The matrix product a·b of expressions, entry by entry as Σₖ aᵢₖ bₖⱼ, tidied but not simplified
 * (math.js simplification costs milliseconds per entry; grading compares by value anyway).
 * Throws when the inner dimensions differ: callers build the shapes.
 */
export function productMatrix(
  a: readonly (readonly Expr[])[],
  b: readonly (readonly Expr[])[],
): Expr[][] {
  const inner = b.length;
  const cols = b[0]?.length ?? 0;
  return a.map((row) => {
    if (row.length !== inner)
      throw new Error(`productMatrix: ${row.length} columns against ${inner} rows`);
    return Array.from({ length: cols }, (_, j) =>
      row.reduce<Expr>((sum, entry, k) => plus(sum, times(entry, b[k]?.[j] ?? num(NaN))), num(0)),
    );
  });
}
