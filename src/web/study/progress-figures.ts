/** The numbers a progress bar shows: how far, out of how many, and the words a screen reader says. */
export interface ProgressFigures {
  readonly now: number;
  readonly max: number;
  readonly percent: number;
  readonly text: string;
}

/**
 * `done` out of `total`, clamped into 0…total: a session may run past its planned length (a
 * resumed item, a gate) and the bar must not overflow; an empty total reads as 0 %.
 */
export function progressFigures(done: number, total: number, noun: string): ProgressFigures {
  const max = Math.max(0, Math.round(total));
  const now = Math.min(max, Math.max(0, Math.round(done)));
  const percent = max === 0 ? 0 : Math.round((100 * now) / max);
  return { now, max, percent, text: `${now} of ${max} ${noun}` };
}
