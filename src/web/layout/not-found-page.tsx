import { Link } from "react-router-dom";

/** Any path the app does not know. */
export function NotFoundPage() {
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p>
        <Link to="/">Go to the course outline</Link>
      </p>
    </main>
  );
}
