import type { EstimatePoint } from "./estimate-plot";
import { formatPercent } from "./format-percent";

/** What a skill's plot shows, in one sentence for screen readers: first estimate → last. */
export function describeEstimate(title: string, points: readonly EstimatePoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return `${title}: no answers yet`;
  if (points.length === 1) return `${title}: ${formatPercent(first.estimate)} after 1 answer`;
  return `${title}: ${formatPercent(first.estimate)} → ${formatPercent(last.estimate)} over ${points.length} answers`;
}
