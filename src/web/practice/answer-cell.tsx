import type { KeyboardEvent } from "react";
import type { CellFeedback } from "./cell-feedback";
import { CellPreview } from "./cell-preview";

interface AnswerCellProps {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  /** The spec's variables for the live preview; `null` for answers that are not formulas. */
  readonly variables: readonly string[] | null;
  readonly feedback: CellFeedback;
  readonly readOnly: boolean;
  readonly onChange: (text: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** One plain-text answer cell with its live preview and the server's verdict on it. */
export function AnswerCell(props: AnswerCellProps) {
  const { id, feedback } = props;
  const described = [props.variables && `${id}-preview`, feedback.error && `${id}-error`];
  return (
    <div className={feedback.wrong ? "answer-cell wrong" : "answer-cell"}>
      <input
        id={id}
        aria-label={props.label}
        aria-invalid={feedback.wrong || feedback.error !== null}
        aria-describedby={described.filter(Boolean).join(" ") || undefined}
        value={props.text}
        readOnly={props.readOnly}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={400}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={props.onKeyDown}
      />
      {props.variables && (
        <CellPreview id={`${id}-preview`} text={props.text} variables={props.variables} />
      )}
      {feedback.error && (
        <p id={`${id}-error`} className="cell-message server">
          {feedback.error.message}
        </p>
      )}
    </div>
  );
}
