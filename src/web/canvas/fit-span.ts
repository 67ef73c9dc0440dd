import { niceSpan } from "../../core/math";

/** The smallest span a box shows, so that a box of tiny arrows does not zoom without end. */
const MIN_REACH = 0.25;

/**
 * A round span for a box centred at `center` that holds every finite point given: the farthest
 * coordinate from the centre sets it.
 */
export function fitSpan(center: readonly number[], points: readonly (readonly number[])[]): number {
  let reach = MIN_REACH;
  for (const p of points) {
    p.forEach((v, k) => {
      const d = Math.abs(v - (center[k] ?? 0));
      if (Number.isFinite(d)) reach = Math.max(reach, d);
    });
  }
  return niceSpan(reach);
}

/** The tip of an arrow from `from` along `vector`. */
export const tip = (from: readonly number[], vector: readonly number[]): number[] =>
  from.map((v, k) => v + (vector[k] ?? 0));
