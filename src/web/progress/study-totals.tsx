import type { ProgressReply } from "../../api";
import { formatMinutes } from "./format-minutes";

/** Time studied, study sessions and answers given, as three figures. */
export function StudyTotals({ progress }: { readonly progress: ProgressReply }) {
  return (
    <dl className="study-totals">
      <div>
        <dt>Time studied</dt>
        <dd>{formatMinutes(progress.minutesStudied)}</dd>
      </div>
      <div>
        <dt>Study sessions</dt>
        <dd>{progress.sessions}</dd>
      </div>
      <div>
        <dt>Answers</dt>
        <dd>{progress.attempts}</dd>
      </div>
    </dl>
  );
}
