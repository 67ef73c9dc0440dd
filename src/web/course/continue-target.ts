import type { LearnerStateReply } from "../../api";

/** Where "Continue" leads, and what its button says. */
export interface ContinueTarget {
  readonly label: string;
  readonly to: string;
}

/**
 * Exactly where the learner left off: an unfinished gate first (a quiz half taken), then an
 * unfinished session, else a new session (`/study` starts or resumes one on the server).
 */
export function continueTarget(
  state: Pick<LearnerStateReply, "openGate" | "openSession" | "placed">,
): ContinueTarget {
  if (state.openGate) {
    return {
      label: `Resume unit ${state.openGate.unit}'s gate`,
      to: gatePath(state.openGate.unit),
    };
  }
  if (state.openSession) {
    const { items, maxItems } = state.openSession;
    return { label: `Continue your session (${items} of ${maxItems} items)`, to: "/study" };
  }
  return { label: state.placed ? "Start a study session" : "Placement check", to: "/study" };
}

/** The page of a unit's mastery gate. */
export const gatePath = (unit: number): string => `/gates/${unit}`;
