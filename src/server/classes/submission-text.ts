import type { Submission } from "../../core/grading";
import { assertNever } from "../../core/shared";

/** A learner's answer as plain text, as they typed or chose it, for an instructor's example. */
export function submissionText(submission: Submission): string {
  switch (submission.kind) {
    case "expression":
    case "shape":
      return submission.text;
    case "vector":
      return `[${submission.cells.join(", ")}]`;
    case "matrix":
      return `[${submission.cells.map((row) => `[${row.join(", ")}]`).join(", ")}]`;
    case "choice":
      return submission.choice;
    case "ordering":
      return submission.order.join(" · ");
    case "paths":
      return submission.paths.map((path) => path.join(" → ")).join("; ");
    case "arrow":
      return `(${submission.tip.map((x) => x.toPrecision(4)).join(", ")})`;
    default:
      return assertNever(submission);
  }
}
