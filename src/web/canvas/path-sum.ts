import type { CompiledComposition } from "./compiled-composition";
import type { Linearization } from "./linearization";

/** One dependency path xⱼ → uᵢ → yₖ and the product of the partials on its two edges. */
export interface PathTerm {
  readonly via: number;
  /** ∂yₖ/∂uᵢ at u₀, then ∂uᵢ/∂xⱼ at x₀. */
  readonly outer: number;
  readonly inner: number;
  readonly product: number;
}

/** The paths from input j to output k, their sum, and the Jacobian entry it must equal. */
export interface PathSum {
  readonly input: number;
  readonly output: number;
  readonly terms: readonly PathTerm[];
  readonly sum: number;
  /** [D(f∘g)(x₀)]ₖⱼ from core's matrix product. */
  readonly entry: number;
}

/** Whether the edge uᵢ → yₖ or xⱼ → uᵢ exists: a partial that is 0 as an expression is no edge. */
export const hasInnerEdge = (c: CompiledComposition, i: number, j: number): boolean =>
  c.dgZero[i]?.[j] === false;
/** Whether yₖ depends on uᵢ directly. */
export const hasOuterEdge = (c: CompiledComposition, k: number, i: number): boolean =>
  c.dfZero[k]?.[i] === false;

/**
 * The coordinate form of the chain rule: ∂yₖ/∂xⱼ = Σᵢ ∂yₖ/∂uᵢ · ∂uᵢ/∂xⱼ, one term per path
 * through the graph (lesson, summing over paths).
 */
export function tracePaths(
  c: CompiledComposition,
  l: Linearization,
  input: number,
  output: number,
): PathSum {
  const terms: PathTerm[] = [];
  l.u0.forEach((_, i) => {
    if (!hasInnerEdge(c, i, input) || !hasOuterEdge(c, output, i)) return;
    const outer = l.df[output]?.[i] ?? NaN;
    const inner = l.dg[i]?.[input] ?? NaN;
    terms.push({ via: i, outer, inner, product: outer * inner });
  });
  const sum = terms.reduce((total, term) => total + term.product, 0);
  return { input, output, terms, sum, entry: l.dh[output]?.[input] ?? NaN };
}
