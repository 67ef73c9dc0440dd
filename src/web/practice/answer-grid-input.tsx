import { useId, type KeyboardEvent } from "react";
import type { AnswerReply } from "../../api";
import { AnswerCell } from "./answer-cell";
import {
  cellLabel,
  gridLabel,
  gridShape,
  previewVariables,
  type CellPosition,
  type Cells,
  type ItemSpec,
} from "./answer-grid";
import { cellFeedback } from "./cell-feedback";
import { arrowTarget } from "./grid-navigation";

interface AnswerGridInputProps {
  readonly spec: ItemSpec;
  readonly cells: Cells;
  readonly reply: AnswerReply | null;
  readonly readOnly: boolean;
  readonly onEdit: (at: CellPosition, text: string) => void;
}

/**
 * The answer input for every formula spec: one cell for an expression, a column for a vector,
 * rows × columns for a matrix. Cells come in reading order, so Tab walks them row by row.
 */
export function AnswerGridInput({ spec, cells, reply, readOnly, onEdit }: AnswerGridInputProps) {
  const prefix = useId();
  const shape = gridShape(spec);
  const cellId = (at: CellPosition) => `${prefix}-r${at.row}-c${at.col}`;
  const onKeyDown = (at: CellPosition) => (event: KeyboardEvent<HTMLInputElement>) => {
    const target = arrowTarget(shape, at, event.key);
    if (target === null) return;
    event.preventDefault();
    document.getElementById(cellId(target))?.focus();
  };
  return (
    <div
      className={`answer-grid kind-${spec.kind}`}
      role="group"
      aria-label={gridLabel(spec)}
      style={{ gridTemplateColumns: `repeat(${shape.cols}, minmax(0, 1fr))` }}
    >
      {cells.flatMap((row, r) =>
        row.map((text, c) => {
          const at = { row: r, col: c };
          return (
            <AnswerCell
              key={cellId(at)}
              id={cellId(at)}
              label={cellLabel(spec, at)}
              text={text}
              variables={previewVariables(spec)}
              feedback={cellFeedback(reply, at)}
              readOnly={readOnly}
              onChange={(value) => onEdit(at, value)}
              onKeyDown={onKeyDown(at)}
            />
          );
        }),
      )}
    </div>
  );
}
