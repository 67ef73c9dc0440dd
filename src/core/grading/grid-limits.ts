import { err, ok } from "../shared";
import type { Result } from "../shared";
import { inputError, MAX_MATRIX_SIZE } from "../math";
import type { CellInputError } from "./grade-result";

/**
 * Checks a grid's outline before any cell is parsed: at least one cell, at most
 * MAX_MATRIX_SIZE rows and columns, every row as long as the first.
 */
export function checkGrid(rows: readonly (readonly string[])[]): Result<true, CellInputError[]> {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return err([{ error: inputError("empty", 0, "fill in at least one entry") }]);
  if (rows.length > MAX_MATRIX_SIZE || width > MAX_MATRIX_SIZE) {
    const message = `too large: at most ${MAX_MATRIX_SIZE} rows and ${MAX_MATRIX_SIZE} columns`;
    return err([{ error: inputError("too-large", 0, message) }]);
  }
  const ragged = rows.findIndex((row) => row.length !== width);
  if (ragged >= 0) {
    const error = inputError("ragged-matrix", 0, `row ${ragged + 1} has a different length`);
    return err([{ cell: [ragged, 0], error }]);
  }
  return ok(true);
}
