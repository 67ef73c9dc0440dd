import type { PublicItemReply, SubmissionBody } from "../../api";
import { assertNever } from "../../core/shared";

/** How an item is answered, as the browser receives it. */
export type ItemSpec = PublicItemReply["spec"];

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

/** Every answer is a grid of text cells: an expression or a shape is 1×1, a vector a column. */
export function gridShape(spec: ItemSpec): GridShape {
  switch (spec.kind) {
    case "expression":
    case "shape":
      return { rows: 1, cols: 1 };
    case "vector":
      return { rows: spec.length, cols: 1 };
    case "matrix":
      return { rows: spec.rows, cols: spec.cols };
    default:
      return assertNever(spec);
  }
}

/** A grid of empty cells for the spec. */
export function emptyCells(spec: ItemSpec): string[][] {
  const { rows, cols } = gridShape(spec);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));
}

/** A copy of the cells with one cell's text replaced. */
export function withCell(cells: Cells, at: CellPosition, text: string): string[][] {
  return cells.map((row, r) => row.map((cell, c) => (r === at.row && c === at.col ? text : cell)));
}

/** The accessible name of a cell, e.g. "row 1, column 2"; counted from 1 as people count. */
export function cellLabel(spec: ItemSpec, at: CellPosition): string {
  switch (spec.kind) {
    case "expression":
      return "Answer";
    case "shape":
      return "Shape, for example 2x3";
    case "vector":
      return `entry ${at.row + 1}`;
    case "matrix":
      return `row ${at.row + 1}, column ${at.col + 1}`;
    default:
      return assertNever(spec);
  }
}

/** The accessible name of the whole grid, which says its size. */
export function gridLabel(spec: ItemSpec): string {
  switch (spec.kind) {
    case "expression":
    case "shape":
      return "Your answer";
    case "vector":
      return `Your answer, a vector of ${spec.length} entries`;
    case "matrix":
      return `Your answer, a ${spec.rows} by ${spec.cols} matrix`;
    default:
      return assertNever(spec);
  }
}

/** The variables a cell may use, for the live preview; `null` where the answer is not a formula. */
export function previewVariables(spec: ItemSpec): readonly string[] | null {
  return spec.kind === "shape" ? null : spec.variables;
}

/** The request body for the cells as typed; the server reads and grades them. */
export function toSubmission(spec: ItemSpec, cells: Cells): SubmissionBody {
  const first = cells[0]?.[0] ?? "";
  switch (spec.kind) {
    case "expression":
      return { kind: "expression", text: first };
    case "shape":
      return { kind: "shape", text: first };
    case "vector":
      return { kind: "vector", cells: cells.map((row) => row[0] ?? "") };
    case "matrix":
      return { kind: "matrix", cells: cells.map((row) => [...row]) };
    default:
      return assertNever(spec);
  }
}
