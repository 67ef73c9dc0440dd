import type { AnswerReply, AttemptSummary, PublicItemReply } from "../../api";
import { toPublicItem, type Item } from "../../core/course";
import type { AnswerSpec, CellInputError, GradeResult } from "../../core/grading";
import { toLatex } from "../../core/math";
import { assertNever } from "../../core/shared";
import type { AttemptRecord } from "../db/attempt-repository";

// The API's types are mutable copies of core's readonly ones; these functions make the copies.

const toSpecReply = (spec: AnswerSpec): PublicItemReply["spec"] => {
  switch (spec.kind) {
    case "expression":
      return { kind: spec.kind, variables: [...spec.variables] };
    case "vector":
      return { kind: spec.kind, length: spec.length, variables: [...spec.variables] };
    case "matrix":
      return { ...spec, variables: [...spec.variables] };
    case "shape":
      return { kind: spec.kind };
    default:
      return assertNever(spec);
  }
};

/** The item as the browser may see it, under its stored id: no seed, solution or steps. */
export function toPublicItemReply(id: string, item: Item): PublicItemReply {
  const visible = toPublicItem(item);
  return { id, ...visible, spec: toSpecReply(visible.spec) };
}

/** A stored attempt as the history shows it. */
export const toAttemptSummary = (attempt: AttemptRecord): AttemptSummary => ({
  itemId: attempt.itemId,
  correct: attempt.correct,
  answeredAt: attempt.createdAt,
});

const toCellError = ({ cell, error }: CellInputError) => ({
  ...(cell === undefined ? {} : { cell: [cell[0], cell[1]] as [number, number] }),
  code: error.code,
  position: error.position,
  message: error.message,
});

/** The reply to unreadable input: where each cell's problem is. */
export const toInvalidReply = (errors: readonly CellInputError[]): AnswerReply => ({
  verdict: "invalid",
  errors: errors.map(toCellError),
});

/** The reply to a graded answer: the verdict, the worked solution and the skill's history. */
export function toGradedReply(
  result: Exclude<GradeResult, { verdict: "invalid" }>,
  item: Item,
  history: readonly AttemptRecord[],
): AnswerReply {
  const solution = {
    answer: toLatex(item.solution),
    steps: item.steps.map((step) => ({ ...step })),
  };
  const graded = { solution, history: history.map(toAttemptSummary) };
  if (result.verdict === "correct") return { verdict: "correct", ...graded };
  return {
    verdict: "incorrect",
    reason: result.reason,
    ...(result.wrongCells === undefined
      ? {}
      : { wrongCells: result.wrongCells.map(([r, c]) => [r, c] as [number, number]) }),
    ...graded,
  };
}
