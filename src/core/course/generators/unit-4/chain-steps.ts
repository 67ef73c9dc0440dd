import type { ItemFunction, SolutionStep } from "../../item";
import type { ChainAtPoint } from "./chain-at-point";
import { columnLatex, functionLatex, matrixLatex, space, tupleLatex } from "./latex";

/**
 * The first steps of every item on a composition at a point: the forward pass, then each local
 * Jacobian where it belongs. Numbers only: a symbolic Jacobian would cost tens of milliseconds
 * per item, and these skills are about what happens after the Jacobians (S1 practises them).
 */
export function forwardSteps(chain: ChainAtPoint): SolutionStep[] {
  return [
    {
      text: "Forward pass first: $f$ is differentiated at $\\mathbf{u}_0 = g(\\mathbf{x}_0)$.",
      latex: `\\mathbf{u}_0 = g${tupleLatex(chain.x0)} = ${columnLatex(chain.u0)}`,
    },
    {
      text: "Differentiate each component of $g$ (one row each) and evaluate at $\\mathbf{x}_0$.",
      latex: `Dg(\\mathbf{x}_0) = ${matrixLatex(chain.dg)}`,
    },
    {
      text: "Differentiate $f$ and evaluate at $\\mathbf{u}_0$, not at $\\mathbf{x}_0$.",
      latex: `Df(\\mathbf{u}_0) = ${matrixLatex(chain.df)}`,
    },
  ];
}

/** The data fields of a composition at a point: both functions, g's first. */
export function chainData(chain: ChainAtPoint) {
  return {
    functions: [chain.g, chain.f],
    point: Object.fromEntries(chain.g.variables.map((name, i) => [name, chain.x0[i] ?? 0])),
  };
}

/** The prompt's opening: both functions with their domains, as display math ending in a comma. */
export function chainIntro(g: ItemFunction, f: ItemFunction): string {
  const [n, m, p] = [g.variables.length, f.variables.length, f.components.length];
  return (
    `Let $g:${space(n)}\\to${space(m)}$ and $f:${space(m)}\\to${space(p)}$ be\n\n` +
    `$$g(\\mathbf{x}) = ${functionLatex(g)}, \\qquad f(\\mathbf{u}) = ${functionLatex(f)},$$\n\n`
  );
}
