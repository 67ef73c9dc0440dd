import type { GateResult } from "../../api";
import { assertNever } from "../../core/shared";

/** A gate's verdict in words: passed, or which skills fell short and by how much. */
export function gateVerdictText(result: GateResult): string {
  switch (result.kind) {
    case "passed":
      return `Unit ${result.unit} gate passed`;
    case "failed": {
      const short = result.shortfalls.map((s) => `${s.title} (${s.right} of ${s.needed} right)`);
      return `Unit ${result.unit} gate not passed yet: ${short.join(", ") || "below the bar"}`;
    }
    default:
      return assertNever(result);
  }
}
