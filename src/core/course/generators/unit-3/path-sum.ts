import { parseTrustedExpression, substitute, toLatex, type Expr } from "../../../math";
import type { ItemFunction } from "../../item";
import { partialOfText } from "./text-derivative";
import { sumOf, times } from "./expr-tools";

/** One live path xⱼ → uₖ → yᵢ with its two factors, the outer one also at u = g(x). */
export interface PathTerm {
  readonly k: number;
  readonly outer: Expr;
  readonly outerAtG: Expr;
  readonly inner: Expr;
  readonly product: Expr;
}

/**
 * ∂yᵢ/∂xⱼ = Σₖ (∂yᵢ/∂uₖ)(∂uₖ/∂xⱼ) over the live intermediates k (lesson, Section 6), with each
 * outer factor evaluated at u = g(x) so that the sum is in terms of x only.
 */
export function pathSum(
  g: ItemFunction,
  f: ItemFunction,
  output: number,
  input: number,
  live: readonly number[],
): { readonly terms: readonly PathTerm[]; readonly total: Expr } {
  const atG = Object.fromEntries(
    f.variables.map((name, k) => [
      name,
      parseTrustedExpression(g.components[k] ?? "", g.variables),
    ]),
  );
  const yText = f.components[output] ?? "";
  const terms = live.map((k): PathTerm => {
    const outer = partialOfText(yText, f.variables, f.variables[k] ?? "");
    const inner = partialOfText(g.components[k] ?? "", g.variables, g.variables[input] ?? "");
    const outerAtG = substitute(outer, atG);
    return { k, outer, outerAtG, inner, product: times(outerAtG, inner) };
  });
  return { terms, total: sumOf(terms.map((t) => t.product)) };
}

/** The LaTeX name of output i: y alone when there is one output, else yᵢ. */
export const outputName = (f: ItemFunction, i: number): string =>
  f.components.length === 1 ? "y" : `y_${i + 1}`;

/** The prompt's opening: g and f as display math, named by their coordinates. */
export function layeredIntro(g: ItemFunction, f: ItemFunction): string {
  const column = (fn: ItemFunction) =>
    `\\begin{bmatrix} ${fn.components.map((c) => toLatex(parseTrustedExpression(c, fn.variables))).join(" \\\\ ")} \\end{bmatrix}`;
  const y = f.components.length === 1 ? "y" : "\\mathbf{y}";
  const fLatex =
    f.components.length === 1
      ? toLatex(parseTrustedExpression(f.components[0] ?? "", f.variables))
      : column(f);
  return `Let\n\n$$\\mathbf{u} = g(\\mathbf{x}) = ${column(g)}, \\qquad ${y} = f(\\mathbf{u}) = ${fLatex}.$$\n\n`;
}

/** A path xⱼ → uₖ → yᵢ in LaTeX. */
export const pathLatex = (f: ItemFunction, output: number, input: number, k: number): string =>
  `x_${input + 1}\\to u_${k + 1}\\to ${outputName(f, output)}`;
