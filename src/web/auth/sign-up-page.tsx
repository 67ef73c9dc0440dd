import { Link, Navigate, useLocation } from "react-router-dom";
import { api } from "../endpoints";
import { CredentialsForm } from "./credentials-form";
import { returnPath } from "./return-to";
import { useSession } from "./session-context";

/** `/sign-up`: creates an account and signs the learner in. */
export function SignUpPage() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === "signed-in") return <Navigate to={returnPath(location.state)} replace />;
  return (
    <CredentialsForm
      title="Create an account"
      submitLabel="Create account"
      passwordAutocomplete="new-password"
      submit={api.signUp}
      footer={
        <>
          Have an account? <Link to="/sign-in">Sign in</Link>
        </>
      }
    />
  );
}
