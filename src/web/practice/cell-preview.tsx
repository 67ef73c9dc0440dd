import { useMemo } from "react";
import { assertNever } from "../../core/shared";
import { focusableWhenOverflowing } from "../shared/keep-overflow-focusable";
import { Tex } from "../math/tex";
import { CaretMarker } from "./caret-marker";
import { readCell } from "./read-cell";

interface CellPreviewProps {
  readonly id: string;
  readonly text: string;
  readonly variables: readonly string[];
}

/** Under a cell: the typeset reading of what was typed, or the reason it cannot be read. */
export function CellPreview({ id, text, variables }: CellPreviewProps) {
  const reading = useMemo(() => readCell(text, variables), [text, variables]);
  switch (reading.kind) {
    case "blank":
      return <div id={id} className="cell-preview" />;
    case "read":
      return (
        <div id={id} className="cell-preview" ref={focusableWhenOverflowing}>
          <span className="visually-hidden">Read as </span>
          <Tex tex={reading.latex} />
        </div>
      );
    case "error":
      return (
        <div id={id} className="cell-preview cell-preview-error">
          <CaretMarker text={text} position={reading.error.position} />
          <span className="cell-message">{reading.error.message}</span>
        </div>
      );
    default:
      return assertNever(reading);
  }
}
