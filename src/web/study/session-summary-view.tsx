import { Link } from "react-router-dom";
import type { SessionSummaryReply } from "../../api";
import { dueText, estimateChangeText } from "./summary-text";
import { useFocusOn } from "./use-focus-on";

/** The end of a session: what was practised and how each estimate moved, and what is due when. */
export function SessionSummaryView({ summary }: { readonly summary: SessionSummaryReply }) {
  const heading = useFocusOn<HTMLHeadingElement>("summary");
  const title = (skill: string) => summary.practised.find((p) => p.skill === skill)?.title ?? skill;
  return (
    <section className="session-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" ref={heading} tabIndex={-1}>
        Session summary
      </h2>
      {summary.items === 0 ? (
        // Ended before a first answer: by the learner, or with nothing to study (the map says so).
        <p>No items were answered in this session.</p>
      ) : (
        <p>
          {summary.right} of {summary.items} answered right
          {summary.reviews > 0 &&
            `, ${summary.reviews} of them ${summary.reviews === 1 ? "a review" : "reviews"}`}
          .
        </p>
      )}
      {summary.practised.length > 0 && (
        <>
          <h3>What you practised</h3>
          <ul>
            {summary.practised.map((p) => (
              <li key={p.skill}>
                {p.title}: {estimateChangeText(p.before, p.after)}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.newlyMastered.length > 0 && (
        <p>Newly mastered: {summary.newlyMastered.map(title).join(", ")}.</p>
      )}
      {summary.unitsPassed.map((unit) => (
        <p key={unit}>
          Unit {unit} passed: unit {unit + 1} is open.
        </p>
      ))}
      {summary.stuck.length > 0 && (
        <p>
          Still hard: {summary.stuck.map(title).join(", ")}. The next session comes back to them.
        </p>
      )}
      <p>
        {dueText(summary.nextReviewDue, new Date())}
        {summary.dueNow > 0 && ` ${summary.dueNow} due now.`}
      </p>
      <p>
        <Link className="button-link" to="/">
          Back to the course map
        </Link>
      </p>
    </section>
  );
}
