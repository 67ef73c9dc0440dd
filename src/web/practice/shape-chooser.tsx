import { useId } from "react";
import type { GridShape } from "./answer-grid";

/** The largest grid the server reads (MAX_MATRIX_SIZE in core/math). */
const MAX_SIDE = 6;

interface ShapeChooserProps {
  readonly shape: GridShape;
  readonly readOnly: boolean;
  readonly onChange: (shape: GridShape) => void;
}

/** Two labelled number inputs that set the rows and columns of a matrix answer. */
export function ShapeChooser({ shape, readOnly, onChange }: ShapeChooserProps) {
  const id = useId();
  const side = (text: string) => Math.min(MAX_SIDE, Math.max(1, Math.round(Number(text)) || 1));
  return (
    <fieldset className="shape-chooser">
      <legend>Size of your matrix</legend>
      <label htmlFor={`${id}-rows`}>Rows</label>
      <input
        id={`${id}-rows`}
        type="number"
        min={1}
        max={MAX_SIDE}
        value={shape.rows}
        readOnly={readOnly}
        onChange={(event) => onChange({ ...shape, rows: side(event.target.value) })}
      />
      <label htmlFor={`${id}-cols`}>Columns</label>
      <input
        id={`${id}-cols`}
        type="number"
        min={1}
        max={MAX_SIDE}
        value={shape.cols}
        readOnly={readOnly}
        onChange={(event) => onChange({ ...shape, cols: side(event.target.value) })}
      />
    </fieldset>
  );
}
