import type { Expr } from "../../../math";
import type { AnswerKey, MistakeId } from "../../../grading";

/** A mistake's answer as a list of entries, laid out like the solution. */
export interface EntriesMistake {
  readonly mistake: MistakeId;
  readonly entries: readonly Expr[];
}

/**
 * The key of a row or column answer where the learner chooses the shape: the other orientation
 * is mistake M2b (a row given for a column or the reverse), which the grader sees as a shape
 * mismatch. Other mistakes are laid out like the solution.
 */
export function orientedKey(
  entries: readonly Expr[],
  orientation: "row" | "column",
  variables: readonly string[],
  mistakes: readonly EntriesMistake[] = [],
): AnswerKey {
  const column = (list: readonly Expr[]) => list.map((entry) => [entry]);
  const lay = (list: readonly Expr[]) => (orientation === "row" ? [list] : column(list));
  const flipped = orientation === "row" ? column(entries) : [entries];
  const rows = orientation === "row" ? 1 : entries.length;
  return {
    kind: "matrix",
    spec: { kind: "matrix", rows, cols: entries.length / rows, variables, chooseShape: true },
    solution: lay(entries),
    mistakes: [
      { mistake: "M2b", answer: flipped },
      ...mistakes.map((m) => ({ mistake: m.mistake, answer: lay(m.entries) })),
    ],
  };
}
