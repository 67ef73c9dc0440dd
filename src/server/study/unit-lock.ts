import { blockingUnit, unitAccess } from "../../core/learner";
import type { ServerContext } from "../context";
import { loadLearnerState } from "../db/learner-state-repository";
import type { SessionLearner } from "../db/session-repository";

/**
 * Why the unit is closed to this learner, or undefined when it is open. Instructors see every
 * unit: they teach the course rather than take it.
 */
export async function unitLockMessage(
  context: ServerContext,
  learner: SessionLearner,
  unit: number,
): Promise<string | undefined> {
  if (learner.role === "instructor") return undefined;
  const { state } = await loadLearnerState(context.db, learner.learnerId);
  if (unitAccess(state, unit) !== "locked") return undefined;
  return `Unit ${unit} is locked: pass the unit ${blockingUnit(state, unit) ?? unit - 1} gate first.`;
}
