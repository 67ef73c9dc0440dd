import type { LearnerStateReply } from "../../api";

/** Where "Continue" leads and what its button says, or that there is nothing to do now. */
export type ContinueTarget =
  | { readonly kind: "link"; readonly label: string; readonly to: string }
  | { readonly kind: "caught-up" };

/**
 * Exactly where the learner left off: an unfinished gate first (a quiz half taken), then an
 * unfinished session, else a new session (`/study` starts or resumes one on the server), unless
 * the plan has nothing to offer (the course is passed and no review is due): a session would end
 * before its first item.
 */
export function continueTarget(
  state: Pick<LearnerStateReply, "openGate" | "openSession" | "placed" | "next">,
): ContinueTarget {
  if (state.openGate) {
    return link(`Resume unit ${state.openGate.unit}'s gate`, gatePath(state.openGate.unit));
  }
  if (state.openSession) {
    const { items, maxItems } = state.openSession;
    return link(`Continue your session (${items} of ${maxItems} items)`, "/study");
  }
  if (state.next.kind === "end") return { kind: "caught-up" };
  return link(state.placed ? "Start a study session" : "Placement check", "/study");
}

const link = (label: string, to: string): ContinueTarget => ({ kind: "link", label, to });

/** The page of a unit's mastery gate. */
export const gatePath = (unit: number): string => `/gates/${unit}`;
