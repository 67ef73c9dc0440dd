import { useId } from "react";
import { MarkdownView } from "../lesson/markdown-view";
import type { AnswerInputProps } from "./answer-input-props";
import { InputErrors } from "./input-errors";

/** A radio group, one option per choice, each label typeset from its Markdown and math. */
export function ChoiceInput({
  spec,
  draft,
  reply,
  readOnly,
  onChange,
}: AnswerInputProps<"choice">) {
  const id = useId();
  return (
    <fieldset
      className="choice-input"
      aria-describedby={reply?.verdict === "invalid" ? `${id}-errors` : undefined}
    >
      <legend>Your answer</legend>
      {spec.options.map((option, index) => (
        <div key={option.id} className="choice-option">
          <input
            type="radio"
            id={`${id}-${index}`}
            name={id}
            value={option.id}
            checked={draft.choice === option.id}
            // A radio cannot be read-only; once solved the choice is locked instead.
            disabled={readOnly}
            onChange={() => onChange({ kind: "choice", choice: option.id })}
          />
          <label htmlFor={`${id}-${index}`}>
            <MarkdownView markdown={option.label} className="prose option-label" />
          </label>
        </div>
      ))}
      <InputErrors id={`${id}-errors`} reply={reply} />
    </fieldset>
  );
}
