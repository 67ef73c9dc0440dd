import { AnswerGridInput } from "./answer-grid-input";
import type { AnswerInputProps } from "./answer-input-props";

/** A column of formula cells, one per entry. */
export function VectorInput({
  spec,
  draft,
  reply,
  readOnly,
  onChange,
}: AnswerInputProps<"vector">) {
  return (
    <AnswerGridInput
      kind="vector"
      variables={spec.variables}
      cells={draft.cells.map((cell) => [cell])}
      reply={reply}
      readOnly={readOnly}
      onEdit={(at, text) =>
        onChange({
          kind: "vector",
          cells: draft.cells.map((cell, i) => (i === at.row ? text : cell)),
        })
      }
    />
  );
}
