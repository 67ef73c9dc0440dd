import { parseTrustedExpression, substitute, variable, type Expr } from "../../../math";
import type { ItemFunction } from "../../item";
import { jacobianOfTexts } from "../unit-3/text-derivative";
import { sumOf, times } from "../unit-3/expr-tools";

/**
 * The pieces of ∇(f∘g)(x) = Dg(x)ᵀ ∇f(g(x)) for g: ℝⁿ → ℝᵐ and a scalar f (lesson, Section 7),
 * and the answers the catalogued mistakes give where they are defined (m = n).
 */
export interface SymbolicPullback {
  /** Dg(x), m×n. */
  readonly dg: readonly (readonly Expr[])[];
  /** ∇f(u), and the same with u = g(x) substituted. */
  readonly gradF: readonly Expr[];
  readonly gradFAtG: readonly Expr[];
  /** ∇(f∘g)(x), n entries. */
  readonly gradient: readonly Expr[];
  /** M2c, Dg(x) ∇f(g(x)) without the transpose. */
  readonly withoutTranspose?: readonly Expr[];
  /** M5, Dg(x)ᵀ ∇f(x): the outer gradient evaluated at x instead of g(x). */
  readonly outerAtX?: readonly Expr[];
}

/** Σₖ a(k) b(k) over k < count, zero terms left out. */
const sumOfProducts = (count: number, a: (k: number) => Expr, b: (k: number) => Expr): Expr =>
  sumOf(Array.from({ length: count }, (_, k) => times(a(k), b(k))));

/** The symbolic pullback of f's gradient through g, both given as item data. */
export function symbolicPullback(g: ItemFunction, f: ItemFunction): SymbolicPullback {
  const gExprs = g.components.map((text) => parseTrustedExpression(text, g.variables));
  const dg = jacobianOfTexts(g.components, g.variables);
  const gradF = jacobianOfTexts(f.components.slice(0, 1), f.variables)[0] ?? [];
  const atG = Object.fromEntries(f.variables.map((name, k) => [name, gExprs[k] as Expr]));
  const gradFAtG = gradF.map((entry) => substitute(entry, atG));
  const entry = (i: number, j: number) => dg[i]?.[j] as Expr;
  const m = gExprs.length;
  const pull = (outer: readonly Expr[], transposed: boolean) =>
    g.variables.map((_, j) =>
      sumOfProducts(
        m,
        (k) => (transposed ? entry(k, j) : entry(j, k)),
        (k) => outer[k] as Expr,
      ),
    );
  const square = m === g.variables.length;
  const atX = Object.fromEntries(
    f.variables.map((name, k) => [name, variable(g.variables[k] ?? name)]),
  );
  return {
    dg,
    gradF,
    gradFAtG,
    gradient: pull(gradFAtG, true),
    ...(square
      ? {
          withoutTranspose: pull(gradFAtG, false),
          outerAtX: pull(
            gradF.map((e) => substitute(e, atX)),
            true,
          ),
        }
      : {}),
  };
}
