import { useId } from "react";
import { MarkdownView } from "../lesson/markdown-view";
import type { AnswerInputProps } from "./answer-input-props";
import { InputErrors } from "./input-errors";

/** One text input for a shape such as 2x3. */
export function ShapeInput({ spec, draft, reply, readOnly, onChange }: AnswerInputProps<"shape">) {
  const id = useId();
  const invalid = reply?.verdict === "invalid";
  return (
    <div className="answer-cell">
      {spec.label !== undefined && <MarkdownView markdown={spec.label} />}
      <label htmlFor={id}>Shape</label>
      <input
        id={id}
        value={draft.text}
        placeholder="for example 2x3"
        aria-describedby={invalid ? `${id}-errors` : undefined}
        aria-invalid={invalid}
        readOnly={readOnly}
        autoComplete="off"
        maxLength={40}
        onChange={(event) => onChange({ kind: "shape", text: event.target.value })}
      />
      <InputErrors id={`${id}-errors`} reply={reply} />
    </div>
  );
}
