import { linearScale } from "./linear-scale";
import type { PlotBox, ScreenPoint } from "./plot-geometry";

/** One reading of a skill's mastery estimate (0 to 1) at an ISO time. */
export interface EstimatePoint {
  readonly at: string;
  readonly estimate: number;
}

/**
 * Where each estimate sits in the plot: time runs left to right from the first reading to the
 * last, and the estimate from 0 at the bottom to 1 at the top (always the full 0–1 scale, so
 * plots of different skills compare by eye).
 */
export function estimatePlot(points: readonly EstimatePoint[], box: PlotBox): ScreenPoint[] {
  const times = points.map((p) => Date.parse(p.at));
  const x = linearScale(
    [Math.min(...times), Math.max(...times)],
    [box.margin, box.width - box.margin],
  );
  const y = linearScale([0, 1], [box.height - box.margin, box.margin]);
  return points.map((p, i) => ({ x: x(times[i] ?? 0), y: y(clamp01(p.estimate)) }));
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));
