import type { Tutor } from "../tutor";

/** The teaching policies the simulator compares. */
export const POLICY_NAMES = [
  "oracle",
  "fixed",
  "three-in-a-row",
  "gates",
  "planner",
  "planner-without-credit",
] as const;

/** A policy's name. */
export type PolicyName = (typeof POLICY_NAMES)[number];

/** A policy teaching one learner: one call per study session, of at most `maxItems` items. */
export interface PolicyRunner {
  session(maxItems: number): void;
}

/** Starts a policy for one learner behind a tutor. */
export type StartPolicy = (tutor: Tutor) => PolicyRunner;
