/** How many draws a generator may reject before the rejection is taken for a bug. */
const MAX_DRAWS = 1000;

/**
 * Draws until `accept` holds. Generators reject degenerate draws (an all-zero answer, a mistake
 * that gives the solution), which are rare; a thousand rejections in a row mean that a bug makes
 * every draw unusable, so this throws instead of looping for ever.
 */
export function redraw<T>(draw: () => T, accept: (candidate: T) => boolean, what: string): T {
  for (let k = 0; k < MAX_DRAWS; k++) {
    const candidate = draw();
    if (accept(candidate)) return candidate;
  }
  throw new Error(`${what}: no usable draw in ${MAX_DRAWS} tries`);
}
