import type { AnswerReply } from "../../api";
import type { Item } from "../../core/course";
import type { Submission } from "../../core/grading";
import { evaluateExpr, parseExpression } from "../../core/math";
import { canvasText, type CanvasText } from "./canvas-text";

/** The canvas part of a graded reply. */
export type CanvasReply = NonNullable<Extract<AnswerReply, { solution: unknown }>["canvas"]>;
/** A wrong answer as the canvas draws it. */
type LearnerAnswer = NonNullable<CanvasReply["mine"]>;

/** A cell's value when it reads as a plain finite number; undefined for anything else. */
function numberIn(cell: string): number | undefined {
  const parsed = parseExpression(cell, { variables: [] });
  if (!parsed.ok) return undefined;
  const value = evaluateExpr(parsed.value, {});
  return Number.isFinite(value) ? value : undefined;
}

/** Every cell's number, or undefined when one is not a plain number. */
function numbersIn(cells: readonly string[]): number[] | undefined {
  const values = cells.map(numberIn);
  return values.every((v) => v !== undefined) ? values : undefined;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Item data that is a list of finite numbers, such as an item's Δx; undefined otherwise. */
function numberList(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: unknown[] = value;
  return list.every(isFiniteNumber) ? list : undefined;
}

/** The numbers of a vector answer: typed cells, or an arrow's tip placed on the canvas. */
function vectorIn(submission: Submission): number[] | undefined {
  if (submission.kind === "vector") return numbersIn(submission.cells);
  return submission.kind === "arrow" ? [...submission.tip] : undefined;
}

/**
 * What a wrong answer of numbers guesses, told by its shape and what the item asks: an m×n
 * matrix is a guess at Dg, a pushforward's p-vector (typed or an arrow) at Δy, a pullback's
 * n-vector at ∇ₓ (f is
 * then scalar, so ∇ₓ is what the canvas pulls back from w = 1). Anything else is not drawn.
 */
export function learnerAnswer(
  item: Item,
  submission: Submission,
  text: CanvasText,
): LearnerAnswer | undefined {
  if (submission.kind === "matrix") {
    const { cells } = submission;
    if (cells.length !== text.rows || cells.some((row) => row.length !== text.cols)) {
      return undefined;
    }
    const rows = cells.map(numbersIn);
    return rows.every((row) => row !== undefined) ? { of: "dg", matrix: rows } : undefined;
  }
  const vector = vectorIn(submission);
  if (vector === undefined) return undefined;
  const { ask } = item.data;
  if (ask === "pushforward" && vector.length === text.outputs) return { of: "dy", vector };
  const gradient = ask === "pullback" && text.outputs === 1 && vector.length === text.cols;
  return gradient ? { of: "grad-x", vector } : undefined;
}

/**
 * The item's functions, point and Δx for the canvas, sent only in a graded reply so nothing
 * leaks before the answer is in; after a wrong answer the canvas can draw, that answer too, so
 * the canvas shows where it leads beside where the truth does.
 */
export function toCanvasReply(
  item: Item,
  submission: Submission,
  correct: boolean,
): CanvasReply | undefined {
  const text = canvasText(item);
  if (text === undefined) return undefined;
  const dx = numberList(item.data["delta"]);
  const mine = correct ? undefined : learnerAnswer(item, submission, text);
  return {
    g: text.g,
    f: text.f,
    x: text.x,
    ...(dx?.length === text.cols && { dx }),
    ...(mine && { mine }),
  };
}
