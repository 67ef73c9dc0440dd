import type { AnswerReply, AttemptSummary, PublicItemReply } from "../../api";
import { skillTitle, toPublicItem, type Item } from "../../core/course";
import {
  answerLatex,
  diagnosisText,
  MISTAKES,
  type PublicSpec,
  type CellInputError,
  type GradeResult,
  type GraphPath,
  type LabelledOption,
} from "../../core/grading";
import { assertNever } from "../../core/shared";
import type { AttemptRecord } from "../db/attempt-repository";
import type { ItemPurpose } from "../db/database";
import type { CanvasReply } from "./canvas-reply";
import { offersHints } from "./hint-policy";

// The API's types are mutable copies of core's readonly ones; these functions make the copies.

const options = (list: readonly LabelledOption[]) => list.map(({ id, label }) => ({ id, label }));
const paths = (list: readonly GraphPath[]) => list.map((path) => [...path]);

function toSpecReply(spec: PublicSpec): PublicItemReply["spec"] {
  switch (spec.kind) {
    case "expression":
      return { kind: spec.kind, variables: [...spec.variables] };
    case "vector":
      return { kind: spec.kind, length: spec.length, variables: [...spec.variables] };
    case "matrix":
      return { ...spec, variables: [...spec.variables] };
    case "shape":
      return spec.label === undefined
        ? { kind: spec.kind }
        : { kind: spec.kind, label: spec.label };
    case "choice":
      return { kind: spec.kind, options: options(spec.options) };
    case "ordering":
      return { kind: spec.kind, factors: options(spec.factors) };
    case "paths": {
      const { nodes, edges, from, to } = spec.graph;
      const graph = {
        nodes: nodes.map((n) => ({ ...n })),
        edges: edges.map((e) => ({ ...e })),
        from,
        to,
      };
      return { kind: spec.kind, graph };
    }
    case "arrow":
      return { ...spec, axes: [...spec.axes] };
    default:
      return assertNever(spec);
  }
}

/**
 * The item as the browser may see it, under its stored id: no seed, solution or steps, and as many
 * hints as the learner may ask for where it was issued.
 */
export function toPublicItemReply(id: string, item: Item, purpose: ItemPurpose): PublicItemReply {
  const visible = toPublicItem(item);
  return {
    id,
    ...visible,
    skillTitle: skillTitle(item.skill),
    spec: toSpecReply(visible.spec),
    hintCount: offersHints(purpose) ? visible.hintCount : 0,
  };
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

/**
 * The reply to a graded answer: the verdict, the diagnosis, the worked solution, the history and
 * the canvas of this case when the item has one.
 */
export function toGradedReply(
  result: Exclude<GradeResult, { verdict: "invalid" }>,
  item: Item,
  history: readonly AttemptRecord[],
  canvas: CanvasReply | undefined,
): Exclude<AnswerReply, { verdict: "invalid" }> {
  const solution = {
    answer: answerLatex(item.key.spec, item.key.solution),
    steps: item.steps.map((step) => ({ ...step })),
  };
  const graded = {
    solution,
    history: history.map(toAttemptSummary),
    ...(canvas === undefined ? {} : { canvas }),
  };
  if (result.verdict === "correct") return { verdict: "correct", ...graded };
  const diagnosis = diagnosisText(result.mistakes);
  return {
    verdict: "incorrect",
    reason: result.reason,
    ...(result.wrongCells && { wrongCells: result.wrongCells.map(([r, c]) => [r, c]) }),
    ...(result.expectedShape && { expectedShape: { ...result.expectedShape } }),
    ...(result.actualShape && { actualShape: { ...result.actualShape } }),
    ...(result.missingPaths && { missingPaths: paths(result.missingPaths) }),
    ...(result.extraPaths && { extraPaths: paths(result.extraPaths) }),
    mistakes: result.mistakes.map((id) => ({ id, name: MISTAKES[id].name, fix: MISTAKES[id].fix })),
    ...(diagnosis === undefined ? {} : { diagnosis }),
    ...graded,
  };
}
