import type { GateResult as GateResultReply } from "../../api";
import { skillTitle } from "../../core/course";
import type { GateResult } from "../../core/learner";

/** A gate's verdict for the browser, with each short skill's title. */
export function toGateResultReply(result: GateResult): GateResultReply {
  if (result.kind === "passed") return { kind: "passed", unit: result.unit };
  return {
    kind: "failed",
    unit: result.unit,
    shortfalls: result.shortfalls.map((s) => ({
      skill: s.skill,
      title: skillTitle(s.skill),
      right: s.right,
      needed: s.needed,
      estimate: s.estimate,
    })),
  };
}
