import { modelPolicy } from "./model-policy";
import { oraclePolicy } from "./oracle";
import type { PolicyName, StartPolicy } from "./policy";
import { fixedPolicy, threeInARowPolicy } from "./sequential";

/** A policy, whether the learner model behind it gives implicit credit, and whether it acts on the stuck rule. */
export interface PolicyEntry {
  readonly start: StartPolicy;
  readonly implicitCredit: boolean;
  readonly flagsStuck: boolean;
}

/** Every policy by name; the mapped type makes a new name fail to compile until it is here. */
export const POLICIES: { readonly [K in PolicyName]: PolicyEntry } = {
  oracle: { start: oraclePolicy, implicitCredit: true, flagsStuck: false },
  fixed: { start: fixedPolicy, implicitCredit: true, flagsStuck: false },
  "three-in-a-row": { start: threeInARowPolicy, implicitCredit: true, flagsStuck: false },
  gates: { start: modelPolicy({ reviews: false }), implicitCredit: true, flagsStuck: true },
  planner: { start: modelPolicy({}), implicitCredit: true, flagsStuck: true },
  "planner-without-credit": {
    start: modelPolicy({ implicitCredit: false }),
    implicitCredit: false,
    flagsStuck: true,
  },
};
