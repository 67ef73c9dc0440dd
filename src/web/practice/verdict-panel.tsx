import type { AnswerReply } from "../../api";
import { verdictText } from "./verdict-text";

/**
 * The verdict, in a `role="status"` region that is always present, so screen readers announce
 * each new verdict as it arrives; a diagnosed mistake is named with its fix.
 */
export function VerdictPanel({ reply }: { readonly reply: AnswerReply | null }) {
  const text = reply && verdictText(reply);
  return (
    <div role="status" className={reply ? `verdict verdict-${reply.verdict}` : "verdict"}>
      {text && (
        <>
          <strong>{text.headline}</strong>
          {text.details.length > 0 && ` ${text.details.join(" ")}`}
          {text.diagnosis && <p className="diagnosis">{text.diagnosis}</p>}
        </>
      )}
    </div>
  );
}
