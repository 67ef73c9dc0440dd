import { binary, negate, num, type Expr } from "../../../math";

/** Denominators that still read as friendly numbers (½, ⅓, ¼, ⅕, …), smallest first. */
const DENOMINATORS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16] as const;

/**
 * A computed value as an exact number: an integer or a fraction p/q with a small q, written
 * `-\frac{3}{4}` rather than `\frac{-3}{4}`. Undefined when the value is neither, which callers
 * treat as "not friendly" and redraw. The smallest q that fits gives the fraction in lowest terms.
 */
export function exactNumber(value: number): Expr | undefined {
  for (const q of DENOMINATORS) {
    const p = Math.round(value * q);
    if (Math.abs(value * q - p) > 1e-9 * Math.max(1, Math.abs(p))) continue;
    const magnitude = q === 1 ? num(Math.abs(p)) : binary("/", num(Math.abs(p)), num(q));
    return p < 0 ? negate(magnitude) : magnitude;
  }
  return undefined;
}

/** Like exactNumber for a value already known to be friendly; a miss is a generator bug. */
export function exact(value: number): Expr {
  const expr = exactNumber(value);
  if (expr === undefined) throw new Error(`${value} is not a friendly number`);
  return expr;
}

/** A count of hundredths as a decimal number (0.05, -0.2), the form perturbations are written in. */
export function hundredths(count: number): Expr {
  const value = Math.abs(count) / 100;
  return count < 0 ? negate(num(value)) : num(value);
}

/** A perturbation-sized value as a decimal when it is whole hundredths, else the float itself. */
export function decimal(value: number): Expr {
  const count = Math.round(value * 100);
  return Math.abs(value * 100 - count) < 1e-7 ? hundredths(count) : num(value);
}

/** Every entry friendly (see exactNumber) and no larger than `bound` in size. */
export function allFriendly(values: readonly number[], bound: number): boolean {
  return values.every((v) => Math.abs(v) <= bound && exactNumber(v) !== undefined);
}
