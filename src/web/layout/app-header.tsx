import { Link } from "react-router-dom";
import type { Me } from "../../api";
import { useSession } from "../auth/session-context";

/** The bar above signed-in pages: home, page links (Classes for instructors), name, "Sign out". */
export function AppHeader({ me }: { readonly me: Me }) {
  const { signOut } = useSession();
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        Pullback
      </Link>
      <nav aria-label="Main" className="header-links">
        <Link to="/progress">Progress</Link>
        {me.role === "instructor" && <Link to="/classes">Classes</Link>}
      </nav>
      <span className="who">
        Signed in as <strong>{me.name}</strong>
      </span>
      <button type="button" className="quiet" onClick={() => void signOut()}>
        Sign out
      </button>
    </header>
  );
}
