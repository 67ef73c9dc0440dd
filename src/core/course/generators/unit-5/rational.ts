import { binary, negate, num, type Expr } from "../../../math";

/**
 * An exact fraction n/d in lowest terms with d > 0. Network items are built from friendly
 * numbers (σ′ = 1/4, 3/16, …), and exact arithmetic keeps every answer a small fraction.
 */
export interface Rational {
  readonly n: number;
  readonly d: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** The fraction n/d in lowest terms; throws for a zero denominator or non-integers (bugs). */
export function rational(n: number, d = 1): Rational {
  if (d === 0 || !Number.isInteger(n) || !Number.isInteger(d)) {
    throw new Error(`rational: ${n}/${d} is not a fraction`);
  }
  const g = gcd(n, d) || 1;
  const sign = d < 0 ? -1 : 1;
  return { n: (sign * n) / g || 0, d: (sign * d) / g };
}

/** a + b. */
export const addQ = (a: Rational, b: Rational): Rational =>
  rational(a.n * b.d + b.n * a.d, a.d * b.d);

/** a · b. */
export const mulQ = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);

/** The fraction as a float, for comparisons and for the data of an item. */
export const toNumber = (q: Rational): number => q.n / q.d;

/** True when a and b are the same number. */
export const equalQ = (a: Rational, b: Rational): boolean => a.n === b.n && a.d === b.d;

/** The fraction as an expression: an integer, or a quotient with the sign in front. */
export function rationalExpr(q: Rational): Expr {
  if (q.d === 1) return num(q.n);
  const quotient = binary("/", num(Math.abs(q.n)), num(q.d));
  return q.n < 0 ? negate(quotient) : quotient;
}

/** The dot product of two vectors of fractions of the same length. */
export function dotQ(a: readonly Rational[], b: readonly Rational[]): Rational {
  if (a.length !== b.length) throw new Error(`dotQ: lengths ${a.length} and ${b.length} differ`);
  return a.reduce((sum, x, i) => addQ(sum, mulQ(x, b[i] as Rational)), rational(0));
}
