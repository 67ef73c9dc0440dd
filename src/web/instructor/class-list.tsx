import { Link } from "react-router-dom";
import type { ClassSummary } from "../../api";

/** The instructor's classes: each links to its page and shows the code learners join with. */
export function ClassList({ classes }: { readonly classes: readonly ClassSummary[] }) {
  if (classes.length === 0) return <p>No classes yet: create one above.</p>;
  return (
    <ul className="class-list">
      {classes.map((c) => (
        <li key={c.id}>
          <Link to={`/classes/${encodeURIComponent(c.id)}`}>{c.name}</Link>
          <span>
            Join code <code className="join-code">{c.joinCode}</code>
          </span>
          <span>
            {c.learners} {c.learners === 1 ? "learner" : "learners"}
          </span>
        </li>
      ))}
    </ul>
  );
}
