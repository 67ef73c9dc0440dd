import { world, type WorldPoint } from "./view-transform";

/**
 * Where the third axis is drawn on the page: down and to the left, shortened, as in a cabinet
 * projection, so that a box of R³ still reads as x₁ across and x₂ up.
 */
const DEPTH: readonly [number, number] = [-0.45, -0.32];

/** Draws a vector of R¹, R² or R³ on a box's plane: R¹ is a horizontal number line. */
export function project(v: readonly number[]): WorldPoint {
  const [a = 0, b = 0, c = 0] = v;
  return world(a + c * DEPTH[0], b + c * DEPTH[1]);
}

/**
 * The change of a vector of dimension `dim` for a drag by (dx, dy) on the plane: the third
 * coordinate is left alone (the keyboard moves it), and R¹ follows the horizontal motion only.
 */
export function liftDelta(dx: number, dy: number, dim: number): number[] {
  return [dx, dy, 0].slice(0, dim);
}
