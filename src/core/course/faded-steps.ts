import type { Item, SolutionStep } from "./item";

/**
 * The steps a faded item shows up front: the first half of its worked solution, rounded down,
 * never the last step (which states the answer). The learner completes the rest.
 */
export function fadedSteps(item: Item): readonly SolutionStep[] {
  const shown = Math.min(Math.floor(item.steps.length / 2), item.steps.length - 1);
  return item.steps.slice(0, Math.max(0, shown));
}
