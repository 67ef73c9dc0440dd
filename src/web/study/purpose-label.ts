import type { NextStepReply } from "../../api";
import { assertNever } from "../../core/shared";

type Purpose = Extract<NextStepReply, { kind: "item" }>["purpose"];

/** The badge on a session item, saying why it was chosen. */
export function purposeLabel(purpose: Purpose): string {
  switch (purpose) {
    case "review":
      return "Review";
    case "practice":
      return "Practice";
    case "placement":
      return "Placement";
    default:
      return assertNever(purpose);
  }
}
