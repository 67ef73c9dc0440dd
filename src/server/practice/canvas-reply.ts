import type { AnswerReply } from "../../api";
import type { Item } from "../../core/course";
import type { Submission } from "../../core/grading";
import { evaluateExpr, parseExpression } from "../../core/math";
import { canvasText } from "./canvas-text";

/** The canvas part of a graded reply. */
export type CanvasReply = NonNullable<Extract<AnswerReply, { solution: unknown }>["canvas"]>;

/** A cell's value when it reads as a plain finite number; undefined for anything else. */
function numberIn(cell: string): number | undefined {
  const parsed = parseExpression(cell, { variables: [] });
  if (!parsed.ok) return undefined;
  const value = evaluateExpr(parsed.value, {});
  return Number.isFinite(value) ? value : undefined;
}

const isComplete = (row: readonly (number | undefined)[]): row is number[] =>
  row.every((v) => v !== undefined);

/** The learner's matrix when it is all numbers and rows×cols, the shape of Dg; else undefined. */
export function numericMatrix(
  submission: Submission,
  rows: number,
  cols: number,
): number[][] | undefined {
  if (submission.kind !== "matrix") return undefined;
  const { cells } = submission;
  if (cells.length !== rows || cells.some((row) => row.length !== cols)) return undefined;
  const values = cells.map((row) => row.map(numberIn));
  return values.every(isComplete) ? values : undefined;
}

/**
 * The item's functions and point for the canvas, sent only in a graded reply so nothing leaks
 * before the answer is in; after a wrong answer shaped like Dg, the learner's matrix too, so the
 * canvas can draw where it sends Δx beside where Dg does.
 */
export function toCanvasReply(
  item: Item,
  submission: Submission,
  correct: boolean,
): CanvasReply | undefined {
  const text = canvasText(item);
  if (text === undefined) return undefined;
  const { g, f, x } = text;
  const mine = correct ? undefined : numericMatrix(submission, text.rows, text.cols);
  return mine === undefined ? { g, f, x } : { g, f, x, mine };
}
