import { assertNever } from "../../core/shared";

/** A cell of the answer grid, 0-based. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Rows × columns of text cells. */
export interface GridShape {
  readonly rows: number;
  readonly cols: number;
}

/** The text the learner typed, row by row. */
export type Cells = readonly (readonly string[])[];

/** The kinds of answer typed into a grid of formula cells (an expression is one cell). */
export type GridKind = "expression" | "vector" | "matrix";

/** The grid's size, read from the cells themselves (a chosen-shape matrix has no size in its spec). */
export const gridShapeOf = (cells: Cells): GridShape => ({
  rows: cells.length,
  cols: cells[0]?.length ?? 0,
});

/** A grid of empty cells of the given shape. */
export function emptyCells({ rows, cols }: GridShape): string[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));
}

/** The cells at a new shape: what was typed stays where it still fits, new cells are empty. */
export function resizeCells(cells: Cells, shape: GridShape): string[][] {
  return emptyCells(shape).map((row, r) => row.map((empty, c) => cells[r]?.[c] ?? empty));
}

/** A copy of the cells with one cell's text replaced. */
export function withCell(cells: Cells, at: CellPosition, text: string): string[][] {
  return cells.map((row, r) => row.map((cell, c) => (r === at.row && c === at.col ? text : cell)));
}

/** The accessible name of a cell, e.g. "row 1, column 2"; counted from 1 as people count. */
export function cellLabel(kind: GridKind, at: CellPosition): string {
  switch (kind) {
    case "expression":
      return "Answer";
    case "vector":
      return `entry ${at.row + 1}`;
    case "matrix":
      return `row ${at.row + 1}, column ${at.col + 1}`;
    default:
      return assertNever(kind);
  }
}

/** The accessible name of the whole grid, which says its size. */
export function gridLabel(kind: GridKind, shape: GridShape): string {
  switch (kind) {
    case "expression":
      return "Your answer";
    case "vector":
      return `Your answer, a vector of ${shape.rows} entries`;
    case "matrix":
      return `Your answer, a ${shape.rows} by ${shape.cols} matrix`;
    default:
      return assertNever(kind);
  }
}
