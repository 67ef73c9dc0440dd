import type { AnswerReply } from "../../api";
import { assertNever } from "../../core/shared";

type IncorrectReply = Extract<AnswerReply, { verdict: "correct" | "incorrect" }>;
type Shape = NonNullable<IncorrectReply["actualShape"]>;

/** What the verdict panel says: a headline, then sentences; the diagnosis comes last. */
export interface VerdictText {
  readonly headline: string;
  readonly details: readonly string[];
  /** What went wrong and how to fix it, when the answer is what a catalogued mistake gives. */
  readonly diagnosis: string | null;
}

const shapeText = (shape: Shape) => `${shape.rows}×${shape.cols}`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Sentences for why an answer is wrong, from the fields the grader filled in. */
function incorrectDetails(reply: IncorrectReply): string[] {
  const details: string[] = [];
  const { expectedShape, actualShape, missingPaths = [], extraPaths = [] } = reply;
  if (reply.reason === "shape") {
    details.push(
      expectedShape && actualShape
        ? `Your answer is ${shapeText(actualShape)}, but the answer is ${shapeText(expectedShape)}.`
        : "The answer does not have the right shape.",
    );
  }
  if (reply.reason === "undetermined") {
    details.push("Your answer could not be checked: it is undefined at too many points.");
  }
  if (reply.wrongCells?.length) details.push("The highlighted entries differ from the solution.");
  if (missingPaths.length > 0) {
    details.push(`${count(missingPaths.length, "path is", "paths are")} missing from your sum.`);
  }
  if (extraPaths.length > 0) {
    details.push(`${count(extraPaths.length, "path does", "paths do")} not belong in the sum.`);
  }
  return details;
}

/** The verdict panel's text for a reply. */
export function verdictText(reply: AnswerReply): VerdictText {
  switch (reply.verdict) {
    case "correct":
      return { headline: "Correct.", details: [], diagnosis: null };
    case "incorrect":
      return {
        headline: "Not quite.",
        details: incorrectDetails(reply),
        diagnosis: reply.diagnosis ?? null,
      };
    case "invalid":
      return {
        headline: "Some of the answer could not be read.",
        details: ["Fix it and check again; nothing was recorded."],
        diagnosis: null,
      };
    default:
      return assertNever(reply);
  }
}
