import { matVec } from "../../core/math";
import type { CompiledComposition } from "./compiled-composition";
import type { Linearization } from "./linearization";

/** Points on the circle of perturbations. */
export const CIRCLE_SAMPLES = 64;

/** The circle, the ellipse Dg sends it to, and the true image of the circle under g. */
export interface CircleImage {
  /** x₀ + Δx for Δx on the circle of radius r. */
  readonly circle: number[][];
  /** g(x₀) + Dg(x₀) Δx: an ellipse, possibly squashed flat. */
  readonly ellipse: number[][];
  /** g(x₀ + Δx), which hugs the ellipse more closely as r shrinks. */
  readonly image: number[][];
}

/**
 * The perturbations of length r in the plane of the first two coordinates (in ℝ¹, the two steps
 * ±r, traced back and forth), as offsets from x₀.
 */
export function circleOfPerturbations(
  dim: number,
  r: number,
  samples = CIRCLE_SAMPLES,
): number[][] {
  return Array.from({ length: samples + 1 }, (_, k) => {
    const angle = (2 * Math.PI * k) / samples;
    return [r * Math.cos(angle), r * Math.sin(angle), 0].slice(0, dim);
  });
}

/** The picture of "the Jacobian as a map" at x₀ for a circle of radius r (lesson, Unit 1). */
export function circleImage(c: CompiledComposition, l: Linearization, r: number): CircleImage {
  const steps = circleOfPerturbations(l.x0.length, r);
  const shift = (base: readonly number[], d: readonly number[]) =>
    base.map((v, k) => v + (d[k] ?? 0));
  return {
    circle: steps.map((d) => shift(l.x0, d)),
    ellipse: steps.map((d) => shift(l.u0, matVec(l.dg, d))),
    image: steps.map((d) => c.g(shift(l.x0, d))),
  };
}
