import type { ScreenPoint } from "./plot-geometry";

const round = (v: number): number => Math.round(v * 10) / 10;

/** The SVG path data through the points in order ("M x y L x y …"); empty for no points. */
export function linePath(points: readonly ScreenPoint[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${round(p.x)} ${round(p.y)}`).join(" ");
}
