import { useId, type KeyboardEvent } from "react";
import type { AnswerReply } from "../../api";
import { AnswerCell } from "./answer-cell";
import {
  cellLabel,
  gridLabel,
  gridShapeOf,
  type CellPosition,
  type Cells,
  type GridKind,
} from "./answer-grid";
import { cellFeedback } from "./cell-feedback";
import { arrowTarget } from "./grid-navigation";

interface AnswerGridInputProps {
  readonly kind: GridKind;
  readonly variables: readonly string[];
  readonly cells: Cells;
  readonly reply: AnswerReply | null;
  readonly readOnly: boolean;
  readonly onEdit: (at: CellPosition, text: string) => void;
}

/**
 * A grid of formula cells: one cell for an expression, a column for a vector, rows × columns for
 * a matrix. Cells come in reading order, so Tab walks them row by row; arrows move between them.
 */
export function AnswerGridInput({
  kind,
  variables,
  cells,
  reply,
  readOnly,
  onEdit,
}: AnswerGridInputProps) {
  const prefix = useId();
  const shape = gridShapeOf(cells);
  const cellId = (at: CellPosition) => `${prefix}-r${at.row}-c${at.col}`;
  const onKeyDown = (at: CellPosition) => (event: KeyboardEvent<HTMLInputElement>) => {
    const target = arrowTarget(shape, at, event.key);
    if (target === null) return;
    event.preventDefault();
    document.getElementById(cellId(target))?.focus();
  };
  return (
    <div
      className={`answer-grid kind-${kind}`}
      role="group"
      aria-label={gridLabel(kind, shape)}
      style={{ gridTemplateColumns: `repeat(${shape.cols}, minmax(0, 1fr))` }}
    >
      {cells.flatMap((row, r) =>
        row.map((text, c) => {
          const at = { row: r, col: c };
          return (
            <AnswerCell
              key={cellId(at)}
              id={cellId(at)}
              label={cellLabel(kind, at)}
              text={text}
              variables={variables}
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
