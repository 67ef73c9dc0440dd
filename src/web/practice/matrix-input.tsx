import { gridShapeOf, resizeCells, withCell } from "./answer-grid";
import { AnswerGridInput } from "./answer-grid-input";
import type { AnswerInputProps } from "./answer-input-props";
import { ShapeChooser } from "./shape-chooser";

/**
 * A rows × columns grid of formula cells. When the item asks the learner to choose the shape, a
 * Rows/Columns chooser above the grid resizes it, keeping what was typed where it still fits.
 */
export function MatrixInput({
  spec,
  draft,
  reply,
  readOnly,
  onChange,
}: AnswerInputProps<"matrix">) {
  return (
    <>
      {spec.chooseShape && (
        <ShapeChooser
          shape={gridShapeOf(draft.cells)}
          readOnly={readOnly}
          onChange={(shape) => onChange({ kind: "matrix", cells: resizeCells(draft.cells, shape) })}
        />
      )}
      <AnswerGridInput
        kind="matrix"
        variables={spec.variables}
        cells={draft.cells}
        reply={reply}
        readOnly={readOnly}
        onEdit={(at, text) => onChange({ kind: "matrix", cells: withCell(draft.cells, at, text) })}
      />
    </>
  );
}
