import { useId, useState, type FormEvent } from "react";
import { api } from "../endpoints";
import { ErrorAlert } from "../shared/error-alert";

/** A learner joins their instructor's class with the code the instructor handed out. */
export function JoinClassForm() {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const joinCode = String(new FormData(form).get("joinCode") ?? "").trim();
    setBusy(true);
    const result = await api.joinClass({ joinCode });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setJoined(result.value.name);
    form.reset();
  };

  return (
    <form className="inline-form" onSubmit={(event) => void onSubmit(event)}>
      <label htmlFor={`${id}-code`}>Join code</label>
      <div className="inline-row">
        <input
          id={`${id}-code`}
          name="joinCode"
          required
          minLength={4}
          maxLength={16}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" disabled={busy}>
          Join class
        </button>
      </div>
      <ErrorAlert message={error} />
      <p role="status">{joined === null ? "" : `You joined ${joined}.`}</p>
    </form>
  );
}
