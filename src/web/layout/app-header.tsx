import { Link } from "react-router-dom";
import type { Me } from "../../api";
import { useSession } from "../auth/session-context";

/** The bar above every signed-in page: home link, the learner's name, and "Sign out". */
export function AppHeader({ me }: { readonly me: Me }) {
  const { signOut } = useSession();
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        Pullback
      </Link>
      <span className="who">
        Signed in as <strong>{me.name}</strong>
      </span>
      <button type="button" className="quiet" onClick={() => void signOut()}>
        Sign out
      </button>
    </header>
  );
}
