import type { Variant } from "./variant";

const DAY = 86_400_000;

/**
 * The true probability of recall `elapsed` ms after the last successful use, for memory of
 * stability `stability` days (the time at which recall is 90%). The power law is FSRS-4.5's
 * curve; the exponential variant tests a model that assumes the wrong shape.
 */
export function trueRecall(variant: Variant, stability: number, elapsed: number): number {
  const days = Math.max(0, elapsed) / DAY;
  return variant.forgetting === "power"
    ? (1 + ((19 / 81) * days) / stability) ** -0.5
    : 0.9 ** (days / stability);
}

/**
 * Stability after a successful recall at probability `recall`: the spacing effect, so recalling
 * something half-forgotten strengthens it most and massed repetition barely at all, with
 * diminishing returns for memories already stable.
 */
export function stabilityAfterRecall(stability: number, recall: number): number {
  return stability * (1 + 15 * stability ** -0.2 * (1 - recall)) + 0.05;
}

/** Stability after a lapse that the learner relearns from the feedback. */
export function stabilityAfterLapse(stability: number): number {
  return Math.max(0.5, 0.4 * stability);
}

/** Stability of a skill just learned, in days. */
export const INITIAL_STABILITY = 1;
