import { err, ok } from "../shared";
import type { Result } from "../shared";
import type { Shape } from "./expr";
import { column, inputError } from "./input-error";
import type { InputError } from "./input-error";
import { MAX_INPUT_LENGTH } from "./input-limits";

/** Rows or columns beyond this are surely a typo (and stay far inside safe integers). */
const MAX_DIMENSION = 100_000;

/** `rows`, separator, `columns`; the separator is x, ×, * or "by", with any spaces around. */
const SHAPE = /^(\s*)(\d+)(\s*)(x|X|\u00d7|\*|by)?(\s*)(\d+)?\s*$/;

/** Reads a shape answer such as `2x3`, `2×3`, `2 by 3` or `2 x 3` (rows × columns). */
export function parseShape(text: string): Result<Shape, InputError> {
  if (text.trim() === "") return err(inputError("empty", 0, "type a shape, like 2x3"));
  if (text.length > MAX_INPUT_LENGTH) {
    return err(
      inputError("too-long", MAX_INPUT_LENGTH, `too long: at most ${MAX_INPUT_LENGTH} characters`),
    );
  }
  const match = SHAPE.exec(text);
  if (match === null) return badShape(firstUnreadable(text));
  const [, lead = "", rows = "", gap = "", separator, space = "", cols] = match;
  const colsAt = lead.length + rows.length + gap.length + (separator?.length ?? 0) + space.length;
  if (separator === undefined || cols === undefined) return badShape(colsAt);
  const shape = { rows: Number(rows), cols: Number(cols) };
  for (const [value, at] of [
    [shape.rows, lead.length],
    [shape.cols, colsAt],
  ] as const) {
    if (value < 1 || value > MAX_DIMENSION) {
      return err(
        inputError(
          "bad-shape",
          at,
          `a shape needs between 1 and ${MAX_DIMENSION} rows and columns`,
        ),
      );
    }
  }
  return ok(shape);
}

/** Where a text stops looking like a shape: after the longest prefix that could still be one. */
function firstUnreadable(text: string): number {
  for (let end = text.length - 1; end > 0; end--) {
    if (/^\s*\d+\s*(?:(?:x|X|\u00d7|\*|b|by)\s*\d*\s*)?$/.test(text.slice(0, end))) return end;
  }
  return 0;
}

const badShape = (position: number): Result<never, InputError> =>
  err(
    inputError(
      "bad-shape",
      position,
      `type a shape as rows×columns, like 2x3 (problem at ${column(position)})`,
    ),
  );
