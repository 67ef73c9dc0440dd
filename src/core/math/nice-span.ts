/** The smallest of 1, 2 or 5 times a power of ten that is at least `value` (positive). */
export function roundUpNice(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((s) => s * power >= value) ?? 10) * power;
}

/**
 * A round span (1, 2 or 5 times a power of ten) that holds `extent` with some margin. The canvas
 * boxes use it so an auto-scaled box changes its scale in steps instead of every frame, and arrow
 * items so the keyboard's steps (a twentieth and a two-hundredth of the span) are round numbers.
 */
export function niceSpan(extent: number): number {
  return roundUpNice(Math.max(extent, 1e-6) * 2.4);
}
