import { binary, negate, num, substitute, type Expr } from "../../../math";

/** Denominators of the fractions the course shows as fractions (1/2, 2/3, 3/4, 4/5). */
const FRACTION_DENOMINATORS = [1, 2, 3, 4, 5] as const;
/** Decimals of up to two places, for items whose steps are tenths (Δx = 0.1). */
const DECIMAL_DENOMINATORS = [1, 10, 100] as const;
/** Rounding error tolerated when recognising an exact value computed in floating point. */
const TOLERANCE = 1e-9;

/** How a friendly number is written: as a fraction (3/4) or as a decimal (0.75). */
export type NumberStyle = "fraction" | "decimal";

/**
 * The value as an exact expression when it is friendly (an integer of at most `limit` in size, a
 * simple fraction, or a short decimal, by `style`), else undefined: generators redraw then.
 */
export function friendlyNumber(
  value: number,
  style: NumberStyle = "fraction",
  limit = 60,
): Expr | undefined {
  if (!Number.isFinite(value) || Math.abs(value) > limit) return undefined;
  const denominators = style === "fraction" ? FRACTION_DENOMINATORS : DECIMAL_DENOMINATORS;
  for (const d of denominators) {
    const k = Math.round(value * d);
    if (Math.abs(value * d - k) > TOLERANCE * d) continue;
    if (d === 1 || style === "decimal") return num(k / d === 0 ? 0 : k / d);
    const fraction = binary("/", num(Math.abs(k)), num(d));
    return k < 0 ? negate(fraction) : fraction;
  }
  return undefined;
}

/** Every entry friendly, or undefined when one is not. */
export function friendlyMatrix(
  values: readonly (readonly number[])[],
  style: NumberStyle = "fraction",
): Expr[][] | undefined {
  const rows: Expr[][] = [];
  for (const row of values) {
    const entries = row.map((value) => friendlyNumber(value, style));
    if (entries.some((entry) => entry === undefined)) return undefined;
    rows.push(entries as Expr[]);
  }
  return rows;
}

/**
 * An entry at a point as an exact expression: the friendly number when it is one, else the entry
 * with the point's numbers put in (cos(2) stays cos(2)). Used for mistake answers, which need not
 * be friendly, only exact.
 */
export function exactAt(entry: Expr, value: number, point: Readonly<Record<string, number>>): Expr {
  const friendly = friendlyNumber(value, "fraction", Infinity);
  if (friendly) return friendly;
  const bindings = Object.fromEntries(Object.entries(point).map(([name, x]) => [name, num(x)]));
  return substitute(entry, bindings);
}
