import { simplifyExpr, toLatex, type Expr } from "../../../math";
import type { Draft } from "../../generator";
import type { ItemFunction } from "../../item";
import type { EntriesMistake } from "./oriented-key";
import { orientedKey } from "./oriented-key";
import { differ } from "../unit-3/expr-tools";
import { symbolicPullback } from "./symbolic-pullback";

/** What a symbolic pullback item says besides its computed parts. */
export interface PullbackWording {
  readonly prompt: string;
  readonly hints: readonly string[];
}

/** How strict a draw is, and whether the answer is simplified (slow: for fixed items only). */
export interface PullbackOptions {
  readonly strict: boolean;
  readonly simplify: boolean;
}

const column = (entries: readonly Expr[]) => toLatex({ kind: "vector", entries });

/**
 * The item "∇(f∘g)(x) as a column, in terms of x" for g and scalar f given as data. Mistakes
 * M2c and M5 are listed where defined and different from the answer and from each other; with
 * `strict` such a coincidence gives undefined instead (a random generator then redraws, where a
 * fixed item just has fewer mistakes to diagnose). M2b, the row, always applies.
 */
export function symbolicPullbackDraft(
  g: ItemFunction,
  f: ItemFunction,
  wording: PullbackWording,
  { strict, simplify }: PullbackOptions,
): Draft | undefined {
  const pullback = symbolicPullback(g, f);
  const gradient = simplify ? pullback.gradient.map(simplifyExpr) : pullback.gradient;
  const candidates: EntriesMistake[] = [];
  if (pullback.withoutTranspose)
    candidates.push({ mistake: "M2c", entries: pullback.withoutTranspose });
  if (pullback.outerAtX) candidates.push({ mistake: "M5", entries: pullback.outerAtX });
  const mistakes = candidates.filter(
    (m, i) =>
      differ(m.entries, gradient, g.variables) &&
      candidates.slice(0, i).every((other) => differ(other.entries, m.entries, g.variables)),
  );
  if (strict && mistakes.length < candidates.length) return undefined;
  const transposed = g.variables.map((_, j) => pullback.dg.map((row) => row[j] as Expr));
  const [n, m] = [g.variables.length, g.components.length];
  return {
    prompt: wording.prompt,
    data: { ask: "gradient-of-composition", functions: [g, f] },
    key: orientedKey(gradient, "column", g.variables, mistakes),
    hints: [...wording.hints],
    steps: [
      {
        text: `Write $\\mathbf{u} = g(\\mathbf{x})$. The Jacobian of $g$ is ${m}×${n}: one row per component.`,
        latex: `Dg(\\mathbf{x}) = ${toLatex({ kind: "matrix", rows: pullback.dg })}`,
      },
      {
        text: "The gradient of $f$ is the column of its partials; evaluate it at $\\mathbf{u} = g(\\mathbf{x})$.",
        latex: `\\nabla f(\\mathbf{u}) = ${column(pullback.gradF)}, \\qquad \\nabla f\\bigl(g(\\mathbf{x})\\bigr) = ${column(pullback.gradFAtG)}`,
      },
      {
        text: `Pull the gradient back through the transpose: $Dg(\\mathbf{x})^\\top$ is ${n}×${m}, so the result is a column of ${n}.`,
        latex: `\\nabla(f\\circ g)(\\mathbf{x}) = Dg(\\mathbf{x})^\\top\\,\\nabla f\\bigl(g(\\mathbf{x})\\bigr) = ${toLatex({ kind: "matrix", rows: transposed })}${column(pullback.gradFAtG)} = ${column(gradient)}`,
      },
    ],
  };
}
