import type { AnswerReply } from "../../api";
import type { CellPosition } from "./answer-grid";

type InvalidReply = Extract<AnswerReply, { verdict: "invalid" }>;

/** What the last reply says about one cell. */
export interface CellFeedback {
  /** The cell differs from the solution (graded answers). */
  readonly wrong: boolean;
  /** The server could not read the cell (invalid answers): its message and position. */
  readonly error: { readonly message: string; readonly position: number } | null;
}

const NONE: CellFeedback = { wrong: false, error: null };

const isAt = (cell: readonly [number, number] | undefined, at: CellPosition): boolean =>
  // An error without a cell belongs to a one-cell answer (expression or shape), i.e. cell [0, 0].
  (cell?.[0] ?? 0) === at.row && (cell?.[1] ?? 0) === at.col;

function invalidFeedback(reply: InvalidReply, at: CellPosition): CellFeedback {
  const found = reply.errors.find((error) => isAt(error.cell, at));
  return found
    ? { wrong: false, error: { message: found.message, position: found.position } }
    : NONE;
}

/**
 * The reply's verdict for the cell at `at`. Cells in replies are [row, column], 0-based; a vector
 * entry i is [i, 0].
 */
export function cellFeedback(reply: AnswerReply | null, at: CellPosition): CellFeedback {
  if (reply === null) return NONE;
  if (reply.verdict === "invalid") return invalidFeedback(reply, at);
  const wrong = (reply.wrongCells ?? []).some((cell) => isAt(cell, at));
  return { wrong, error: null };
}
