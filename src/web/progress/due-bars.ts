import type { PlotBox } from "./plot-geometry";

/** Reviews falling due on one day (YYYY-MM-DD), as the API sends them. */
export interface DueDay {
  readonly day: string;
  readonly count: number;
}

/** One bar of the reviews chart, in SVG user units. */
export interface DueBar {
  readonly day: string;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The bars of the reviews-by-day chart: one equal slot per day, left to right, a bar's height in
 * proportion to the busiest day (a day with none has no height, but keeps its slot and label).
 */
export function dueBars(days: readonly DueDay[], box: PlotBox): DueBar[] {
  const most = Math.max(1, ...days.map((d) => d.count));
  const slot = (box.width - 2 * box.margin) / Math.max(1, days.length);
  const inner = box.height - 2 * box.margin;
  return days.map((d, i) => {
    const height = (Math.max(0, d.count) / most) * inner;
    return {
      day: d.day,
      count: d.count,
      x: box.margin + i * slot + slot * 0.15,
      y: box.margin + inner - height,
      width: slot * 0.7,
      height,
    };
  });
}
