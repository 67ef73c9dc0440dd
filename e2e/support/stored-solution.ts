import Database from "better-sqlite3";
import path from "node:path";
import { parseAnswer, toInputSyntax } from "../../src/core/math";

/**
 * The cells of the solution the server stored for the learner's latest item, read from the
 * database file: a test reads what the browser is never sent, to answer as a learner who knows.
 */
export function latestSolutionCells(dataDir: string): string[][] {
  const db = new Database(path.join(dataDir, "pullback.sqlite"), { readonly: true });
  try {
    const row = db
      .prepare("SELECT solution_text FROM items ORDER BY created_at DESC LIMIT 1")
      .get() as { solution_text: string } | undefined;
    if (!row) throw new Error("no item has been issued");
    return matrixCellsOf(row.solution_text);
  } finally {
    db.close();
  }
}

/** The cells a learner would type for a stored matrix solution (`[[2*x1, 1], ...]`). */
export function matrixCellsOf(solutionText: string): string[][] {
  const parsed = parseAnswer(solutionText, {
    variables: ["x1", "x2", "x3", "x4"],
    allowMatrices: true,
  });
  if (!parsed.ok || parsed.value.kind !== "matrix")
    throw new Error(`stored solution is not a matrix: ${solutionText}`);
  return parsed.value.rows.map((entries) => entries.map((entry) => toInputSyntax(entry)));
}
