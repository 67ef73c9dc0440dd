import { Link, Navigate, useLocation } from "react-router-dom";
import { api } from "../endpoints";
import { CredentialsForm } from "./credentials-form";
import { returnPath } from "./return-to";
import { useSession } from "./session-context";

/** `/sign-in`: name and password; a learner already signed in goes straight to the course. */
export function SignInPage() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === "signed-in") return <Navigate to={returnPath(location.state)} replace />;
  return (
    <CredentialsForm
      title="Sign in"
      submitLabel="Sign in"
      passwordAutocomplete="current-password"
      submit={api.signIn}
      footer={
        <>
          New here? <Link to="/sign-up">Create an account</Link>
        </>
      }
    />
  );
}
