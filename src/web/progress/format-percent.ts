/** A mastery estimate (0 to 1) as a whole percentage: 0.853 → "85%". */
export function formatPercent(estimate: number): string {
  return `${Math.round(estimate * 100)}%`;
}
