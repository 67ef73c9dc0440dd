import { err, ok } from "../shared";
import type { Result } from "../shared";
import { parseExpression } from "../math";
import type { Expr } from "../math";
import type { CellInputError } from "./grade-result";

/**
 * Parses a grid of cells (a vector is one column) with the item's variables. Every unreadable
 * cell is reported, not just the first, so the learner can fix them all in one go.
 */
export function parseCells(
  rows: readonly (readonly string[])[],
  variables: readonly string[],
): Result<Expr[][], CellInputError[]> {
  const errors: CellInputError[] = [];
  const values = rows.map((row, r) => {
    const parsed: Expr[] = [];
    row.forEach((text, c) => {
      const result = parseExpression(text, { variables });
      if (result.ok) parsed.push(result.value);
      else errors.push({ cell: [r, c], error: result.error });
    });
    return parsed;
  });
  return errors.length === 0 ? ok(values) : err(errors);
}
