import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { Credentials, MeReply } from "../../api";
import type { ApiResult } from "../api-client";
import { ErrorAlert } from "../shared/error-alert";
import { useSession } from "./session-context";

interface CredentialsFormProps {
  readonly title: string;
  readonly submitLabel: string;
  /** "new-password" on sign-up, so password managers offer to save; "current-password" on sign-in. */
  readonly passwordAutocomplete: "new-password" | "current-password";
  readonly submit: (credentials: Credentials) => Promise<ApiResult<MeReply>>;
  /** A line under the form pointing to the other page. */
  readonly footer: ReactNode;
}

/** The name-and-password form shared by sign-up and sign-in; on success, records the learner. */
export function CredentialsForm(props: CredentialsFormProps) {
  const { signedIn } = useSession();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const result = await props.submit({
      name: String(form.get("name") ?? "").trim(),
      password: String(form.get("password") ?? ""),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    // The page re-renders signed in and redirects to where the learner was going.
    signedIn(result.value.learner);
  };

  return (
    <main className="narrow">
      <h1>{props.title}</h1>
      <form className="stack" onSubmit={(event) => void onSubmit(event)}>
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} name="name" autoComplete="username" required maxLength={64} />
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={props.passwordAutocomplete}
          required
          maxLength={256}
        />
        <ErrorAlert message={error} />
        <button type="submit" disabled={busy}>
          {props.submitLabel}
        </button>
      </form>
      <p>{props.footer}</p>
    </main>
  );
}
