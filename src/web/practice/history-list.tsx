import type { AttemptSummary } from "../../api";
import { newestFirst } from "./newest-first";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** The learner's attempts at this skill, most recent first. */
export function HistoryList({ attempts }: { readonly attempts: readonly AttemptSummary[] | null }) {
  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">Your attempts</h2>
      {attempts === null && <p>Loading…</p>}
      {attempts?.length === 0 && <p>No attempts yet.</p>}
      {attempts && attempts.length > 0 && (
        <ol className="history-list" aria-labelledby="history-heading">
          {newestFirst(attempts).map((attempt) => (
            <li
              key={`${attempt.itemId}-${attempt.answeredAt}`}
              className={attempt.correct ? "ok" : "no"}
            >
              <span>{attempt.correct ? "correct" : "incorrect"}</span>{" "}
              <time dateTime={attempt.answeredAt}>
                {timeFormat.format(new Date(attempt.answeredAt))}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
