import { useId, useState, type FormEvent } from "react";
import type { ClassSummary } from "../../api";
import { api } from "../endpoints";
import { ErrorAlert } from "../shared/error-alert";

/** An instructor names a new class; the server makes its join code. */
export function CreateClassForm({
  onCreated,
}: {
  readonly onCreated: (created: ClassSummary) => void;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    setBusy(true);
    const result = await api.createClass({ name });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    form.reset();
    onCreated(result.value);
  };

  return (
    <form className="inline-form" onSubmit={(event) => void onSubmit(event)}>
      <label htmlFor={`${id}-name`}>Class name</label>
      <div className="inline-row">
        <input id={`${id}-name`} name="name" required maxLength={80} autoComplete="off" />
        <button type="submit" disabled={busy}>
          Create class
        </button>
      </div>
      <ErrorAlert message={error} />
    </form>
  );
}
