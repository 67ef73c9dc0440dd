import type { LearnerState } from "./learner-state";
import { GATED_UNITS } from "./skill-graph";

/** Whether a unit's lessons and items are open to the learner. */
export type UnitAccess = "locked" | "open" | "passed";

/**
 * A unit is passed once its gate is; open when every gated unit before it is passed (so unit 0,
 * the prerequisites, and the first gated unit are open from the start); locked otherwise.
 */
export function unitAccess(state: LearnerState, unit: number): UnitAccess {
  if (state.passedUnits.includes(unit)) return "passed";
  return blockingUnit(state, unit) === undefined ? "open" : "locked";
}

/** The gated unit whose gate must be passed next to open `unit`, if it is locked. */
export function blockingUnit(state: LearnerState, unit: number): number | undefined {
  return GATED_UNITS.find((gated) => gated < unit && !state.passedUnits.includes(gated));
}
