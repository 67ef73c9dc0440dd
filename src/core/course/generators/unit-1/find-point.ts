import type { Random } from "../../../shared";

/** Coordinates of candidate points, small integers with 0 and ±1 likelier (they keep sin, exp friendly). */
const COORDINATES = [0, 0, 1, 1, -1, -1, 2, -2, 3] as const;
/** Candidate points tried for one drawn function before the function itself is redrawn. */
const TRIES = 40;

/**
 * A point of `dimension` small integer coordinates that `accept` takes, or undefined when none of
 * the candidates does (the caller then redraws its functions). Candidates are cheap: `accept`
 * evaluates compiled expressions.
 */
export function findPoint<T>(
  random: Random,
  dimension: number,
  accept: (x: readonly number[]) => T | undefined,
): { readonly x: number[]; readonly found: T } | undefined {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const x = Array.from({ length: dimension }, () => random.pick(COORDINATES));
    const found = accept(x);
    if (found !== undefined) return { x, found };
  }
  return undefined;
}

/** The point as item data: numbers by variable name. */
export function pointRecord(
  variables: readonly string[],
  x: readonly number[],
): Record<string, number> {
  if (x.length !== variables.length) throw new Error("pointRecord: one coordinate per variable");
  return Object.fromEntries(variables.map((name, i) => [name, x[i] as number]));
}
