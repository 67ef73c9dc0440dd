const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A probability as a whole percentage, e.g. `0.613` → "61%". */
export const percent = (p: number): string => `${Math.round(100 * p)}%`;

/** A mastery estimate's change in words, so the arrow is not the only sign of the direction. */
export function estimateChangeText(before: number, after: number): string {
  const points = Math.round(100 * after) - Math.round(100 * before);
  const direction = points > 0 ? `up ${points}` : points < 0 ? `down ${-points}` : "no change";
  return `${percent(before)} → ${percent(after)} (${direction}${points === 0 ? "" : " points"})`;
}

/** When the next review falls due, relative to `now` (the caller's clock). */
export function dueText(due: string | null, now: Date): string {
  if (due === null) return "No review is scheduled yet.";
  const wait = new Date(due).getTime() - now.getTime();
  if (wait <= 0) return "A review is due now.";
  if (wait < DAY) {
    const hours = Math.max(1, Math.round(wait / HOUR));
    return `Next review due in ${hours} hour${hours === 1 ? "" : "s"}.`;
  }
  const days = Math.round(wait / DAY);
  return days === 1 ? "Next review due tomorrow." : `Next review due in ${days} days.`;
}
