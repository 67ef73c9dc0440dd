import type { AnswerReply } from "../../api";
import { assertNever } from "../../core/shared";

/** A sentence for the grader's reason, when it gives one ("shape" and "value" are codes). */
function reasonText(reason: string | undefined): string | null {
  if (reason === undefined || reason === "value") return null;
  if (reason === "shape") return "The answer does not have the right shape.";
  return reason;
}

function verdictText(reply: AnswerReply): { headline: string; detail: string | null } {
  switch (reply.verdict) {
    case "correct":
      return { headline: "Correct.", detail: null };
    case "incorrect": {
      const cells = reply.wrongCells?.length
        ? "The highlighted entries differ from the solution."
        : null;
      return { headline: "Not quite.", detail: reasonText(reply.reason) ?? cells };
    }
    case "invalid":
      return {
        headline: "Some entries could not be read.",
        detail: "Fix them and check again; nothing was recorded.",
      };
    default:
      return assertNever(reply);
  }
}

/**
 * The verdict, in a `role="status"` region that is always present, so screen readers announce
 * each new verdict as it arrives.
 */
export function VerdictPanel({ reply }: { readonly reply: AnswerReply | null }) {
  const text = reply && verdictText(reply);
  return (
    <div role="status" className={reply ? `verdict verdict-${reply.verdict}` : "verdict"}>
      {text && (
        <>
          <strong>{text.headline}</strong>
          {text.detail && ` ${text.detail}`}
        </>
      )}
    </div>
  );
}
