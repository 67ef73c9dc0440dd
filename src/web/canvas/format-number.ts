/** A number as the canvas prints it: three decimals, no "-0", and "undefined" outside the domain. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return "undefined";
  const text = v.toFixed(3);
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

/** A vector as (a, b, c); a single number stands alone. */
export function formatVector(v: readonly number[]): string {
  const parts = v.map(formatNumber);
  return parts.length === 1 ? (parts[0] ?? "") : `(${parts.join(", ")})`;
}
