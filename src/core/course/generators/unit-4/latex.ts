import { num, parseTrustedExpression, toLatex, type Expr } from "../../../math";
import type { ItemFunction } from "../../item";
import { exactNumber } from "./exact-number";

/** A computed number as an Expr: exact when friendly, else the float itself (a mistake's value). */
export const numberExpr = (value: number): Expr => exactNumber(value) ?? num(value);

/** A numeric matrix as a LaTeX bmatrix. */
export const matrixLatex = (rows: readonly (readonly number[])[]): string =>
  toLatex({ kind: "matrix", rows: rows.map((row) => row.map(numberExpr)) });

/** A numeric vector as a LaTeX column; a single number plainly. */
export const columnLatex = (values: readonly number[], format = numberExpr): string =>
  values.length === 1
    ? toLatex(format(values[0] ?? NaN))
    : toLatex({ kind: "vector", entries: values.map(format) });

/** A point or perturbation written inline as a tuple, e.g. (1, -2). */
export const tupleLatex = (values: readonly number[], format = numberExpr): string =>
  `(${values.map((v) => toLatex(format(v))).join(",\\,")})`;

/** A function of item data as LaTeX: its one component, or a column of its components. */
export function functionLatex(fn: ItemFunction): string {
  const parts = fn.components.map((text) => toLatex(parseTrustedExpression(text, fn.variables)));
  return parts.length === 1
    ? (parts[0] ?? "")
    : `\\begin{bmatrix} ${parts.join(" \\\\ ")} \\end{bmatrix}`;
}

/** The name of a perturbation or gradient's space: bold for vectors, plain for scalars. */
export const vectorName = (letter: string, length: number): string =>
  length === 1 ? letter : `\\mathbf{${letter}}`;

/** ℝᵏ in LaTeX, plain ℝ for k = 1. */
export const space = (k: number): string => (k === 1 ? "\\mathbb{R}" : `\\mathbb{R}^${k}`);
