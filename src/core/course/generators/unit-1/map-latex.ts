import { toLatex, variable, type Expr } from "../../../math";

/** ℝⁿ as LaTeX (ℝ for n = 1). */
export const spaceLatex = (n: number): string => (n === 1 ? "\\mathbb{R}" : `\\mathbb{R}^{${n}}`);

/** The variables as a LaTeX argument list: `x_{1}, x_{2}`. */
export const argumentsLatex = (variables: readonly string[]): string =>
  variables.map((name) => toLatex(variable(name))).join(", ");

/** A column of expressions, or the single expression for a scalar function. */
export function columnLatex(entries: readonly Expr[]): string {
  const [only] = entries;
  return entries.length === 1 && only ? toLatex(only) : toLatex({ kind: "vector", entries });
}

/** `F(x_1, x_2) = [components]`, the display definition of a function in a prompt. */
export function definitionLatex(
  name: string,
  variables: readonly string[],
  components: readonly Expr[],
): string {
  return `${name}(${argumentsLatex(variables)}) = ${columnLatex(components)}`;
}

/** A point as LaTeX: `(2, -1)`, or the bare number in one dimension. */
export const pointLatex = (x: readonly number[]): string =>
  x.length === 1 ? String(x[0]) : `(${x.join(", ")})`;

/** A matrix of expressions as a LaTeX bmatrix. */
export const matrixLatex = (rows: readonly (readonly Expr[])[]): string =>
  toLatex({ kind: "matrix", rows });
