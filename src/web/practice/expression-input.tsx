import { AnswerGridInput } from "./answer-grid-input";
import type { AnswerInputProps } from "./answer-input-props";

/** A single formula cell with its live preview. */
export function ExpressionInput({
  spec,
  draft,
  reply,
  readOnly,
  onChange,
}: AnswerInputProps<"expression">) {
  return (
    <AnswerGridInput
      kind="expression"
      variables={spec.variables}
      cells={[[draft.text]]}
      reply={reply}
      readOnly={readOnly}
      onEdit={(_at, text) => onChange({ kind: "expression", text })}
    />
  );
}
