import { num, toLatex, type Expr } from "../../../math";
import type { Random } from "../../../shared";

/** A rows × cols matrix of integers in [lo, hi]. */
export const drawIntMatrix = (
  random: Random,
  rows: number,
  cols: number,
  lo: number,
  hi: number,
): number[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => random.int(lo, hi)));

/** A matrix of numbers as expressions. */
export const exprRows = (m: readonly (readonly number[])[]): Expr[][] =>
  m.map((row) => row.map((v) => num(v)));

/** A matrix of numbers as LaTeX. */
export const matrixTex = (m: readonly (readonly number[])[]): string =>
  toLatex({ kind: "matrix", rows: exprRows(m) });
