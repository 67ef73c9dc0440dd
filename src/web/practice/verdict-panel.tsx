import { Link } from "react-router-dom";
import type { AnswerReply } from "../../api";
import { canvasHref } from "./canvas-href";
import { verdictText } from "./verdict-text";

/**
 * The verdict, in a `role="status"` region that is always present, so screen readers announce
 * each new verdict as it arrives; a diagnosed mistake is named with its fix. Once graded, a link
 * opens the canvas on the item's functions in a new tab, so the practice item stays where it is.
 */
export function VerdictPanel({ reply }: { readonly reply: AnswerReply | null }) {
  const text = reply && verdictText(reply);
  const href = reply && canvasHref(reply);
  return (
    <div role="status" className={reply ? `verdict verdict-${reply.verdict}` : "verdict"}>
      {text && (
        <>
          <strong>{text.headline}</strong>
          {text.details.length > 0 && ` ${text.details.join(" ")}`}
          {text.diagnosis && <p className="diagnosis">{text.diagnosis}</p>}
          {href && (
            <p className="canvas-link">
              <Link to={href} target="_blank" rel="noopener">
                See it on the canvas
              </Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
