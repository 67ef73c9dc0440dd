import type { CellPosition, GridShape } from "./answer-grid";

/**
 * The cell that an arrow key moves to. Tab already walks the cells in reading order (that is
 * their DOM order); Up and Down add the vertical moves, while Left and Right stay with the text
 * caret. `null` when the key does not move or would leave the grid.
 */
export function arrowTarget(shape: GridShape, at: CellPosition, key: string): CellPosition | null {
  const step = key === "ArrowUp" ? -1 : key === "ArrowDown" ? 1 : 0;
  const row = at.row + step;
  if (step === 0 || row < 0 || row >= shape.rows) return null;
  return { row, col: at.col };
}
