import { useId, useState, type FormEvent } from "react";
import type { CompositionError, CompositionText } from "../canvas/composition";

const FIELDS: readonly {
  readonly field: keyof CompositionText;
  readonly label: string;
  readonly hint: string;
}[] = [
  {
    field: "g",
    label: "g(x) =",
    hint: "in x1, x2, x3: one expression or a list such as [x1^2 + x2, x1*x2]",
  },
  { field: "f", label: "f(u) =", hint: "in u1, u2, u3 (one per output of g)" },
  { field: "x", label: "x₀ =", hint: "one to three numbers, such as 1, 2" },
];

/**
 * The playground's inputs: g, f and the point, checked on submit by the same parser and whitelist
 * as answers; an error is shown under its field with the column where the problem starts.
 */
export function CompositionForm({
  initial,
  error,
  onSubmit,
}: {
  readonly initial: CompositionText;
  readonly error: CompositionError | null;
  readonly onSubmit: (text: CompositionText) => void;
}) {
  const [text, setText] = useState(initial);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(text);
  };
  return (
    <form className="composition-form stack" onSubmit={submit} noValidate>
      {FIELDS.map(({ field, label, hint }) => {
        const wrong = error?.field === field;
        return (
          <label key={field}>
            <span>{label}</span>
            <input
              name={field}
              value={text[field]}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={wrong}
              aria-describedby={`${id}-${field}-hint`}
              onChange={(event) => setText({ ...text, [field]: event.target.value })}
            />
            <small id={`${id}-${field}-hint`} className={wrong ? "error" : "hint"}>
              {wrong ? describeError(error) : hint}
            </small>
          </label>
        );
      })}
      <button type="submit">Draw</button>
    </form>
  );
}

function describeError(error: CompositionError): string {
  return error.position === null
    ? error.message
    : `${error.message} (column ${error.position + 1})`;
}
