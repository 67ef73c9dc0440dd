import { num, toInputSyntax, toLatex, type Expr } from "../../../math";
import type { ItemData, SolutionStep } from "../../item";
import { linearCombination, plusExpr } from "./linear-combination";
import { delta, hidden, inputNames, loss, slopes, weighted, type Network } from "./network";
import { mulQ, rational, rationalExpr, type Rational } from "./rational";

/** A column vector as LaTeX. */
export const columnLatex = (entries: readonly Expr[]): string =>
  toLatex({ kind: "vector", entries });

/** A matrix as LaTeX. */
export const matrixLatex = (rows: readonly (readonly Expr[])[]): string =>
  toLatex({ kind: "matrix", rows });

/** Integers as expressions. */
export const ints = (values: readonly number[]): Expr[] => values.map((v) => num(v));

/** Fractions as expressions. */
export const exact = (values: readonly Rational[]): Expr[] => values.map(rationalExpr);

/** The pre-activation a = Wx + b as expressions in x1…xn. */
export function preActivations(net: Network): Expr[] {
  const xs = inputNames(net).map((name): Expr => ({ kind: "variable", name }));
  return net.W.map((row, i) =>
    plusExpr(linearCombination(row.map((w, j) => [w, xs[j] as Expr])), net.b[i] ?? num(0)),
  );
}

/** ℓ(x) = Σ cᵢ σ(aᵢ(x)), the network as one function of its input. */
export function lossFunction(net: Network): Expr {
  const a = preActivations(net);
  return linearCombination(net.c.map((ci, i) => [ci, net.activation.apply(a[i] ?? num(0))]));
}

/**
 * The fields every network item's data has (docs/items-unit-5-placement.md): the parameters as
 * numbers (b as exact text, since it may hold ln 3), and ℓ as a function of x at the point x.
 */
export function networkData(net: Network): Omit<ItemData, "ask"> {
  const variables = inputNames(net);
  return {
    activation: net.activation.name,
    W: net.W.map((row) => [...row]),
    x: [...net.x],
    b: net.b.map((e) => toInputSyntax(e)),
    c: [...net.c],
    functions: [{ name: "loss", variables, components: [toInputSyntax(lossFunction(net))] }],
    point: Object.fromEntries(variables.map((name, j) => [name, net.x[j] ?? 0])),
  };
}

/** σ as LaTeX applied to a bold vector name, e.g. σ(𝐚). */
export const applied = (net: Network, arg: string): string =>
  `${net.activation.latex}(\\mathbf{${arg}})`;

/** The opening of every network prompt: the three blocks and their numbers. */
export function networkSetup(net: Network): string {
  const W = matrixLatex(net.W.map(ints));
  return (
    `A tiny network computes $\\mathbf{a} = W\\mathbf{x} + \\mathbf{b}$, then $\\mathbf{h} = ${applied(net, "a")}$ ` +
    `elementwise with ${net.activation.definition}, then $\\ell = \\mathbf{c}^\\top\\mathbf{h}$, where\n\n` +
    `$$W = ${W}, \\qquad \\mathbf{x} = ${columnLatex(ints(net.x))}, \\qquad ` +
    `\\mathbf{b} = ${columnLatex(net.b)}, \\qquad \\mathbf{c} = ${columnLatex(ints(net.c))}.$$\n\n`
  );
}

/** The forward pass as two worked steps: a, then h and ℓ. */
export function forwardSteps(net: Network): SolutionStep[] {
  const a = net.at.map((p) => p.a);
  return [
    {
      text: "Forward pass: compute the pre-activation $\\mathbf{a} = W\\mathbf{x} + \\mathbf{b}$.",
      latex: `\\mathbf{a} = ${columnLatex(ints(weighted(net)))} + ${columnLatex(net.b)} = ${columnLatex(a)}`,
    },
    {
      text: `Apply $${net.activation.latex}$ to each entry, then read out $\\ell = \\mathbf{c}^\\top\\mathbf{h}$.`,
      latex: `\\mathbf{h} = ${applied(net, "a")} = ${columnLatex(exact(hidden(net)))}, \\qquad \\ell = ${toLatex(rationalExpr(loss(net)))}`,
    },
  ];
}

/** The backward pass down to δ = ∇ₐℓ as two worked steps: σ′(a), then σ′(a) ⊙ c. */
export function deltaSteps(net: Network): SolutionStep[] {
  const prime = `${net.activation.latex}'`;
  return [
    {
      text: `Evaluate the local derivative at $\\mathbf{a}$, the input of the block (not at $\\mathbf{h}$). ${net.activation.slopeRule}`,
      latex: `${prime}(\\mathbf{a}) = ${columnLatex(exact(slopes(net)))}`,
    },
    {
      text: `Start from $\\nabla_{\\mathbf{h}}\\,\\ell = \\mathbf{c}$ and multiply elementwise by $${prime}(\\mathbf{a})$: that is the product with the Diag.`,
      latex: `\\nabla_{\\mathbf{a}}\\,\\ell = ${prime}(\\mathbf{a})\\odot\\mathbf{c} = ${columnLatex(exact(delta(net)))}`,
    },
  ];
}

/** The outer product u vᵀ as a matrix of expressions. */
export const outer = (u: readonly Rational[], v: readonly Rational[]): Expr[][] =>
  u.map((ui) => v.map((vj) => rationalExpr(mulQ(ui, vj))));

/** Integers as fractions. */
export const whole = (values: readonly number[]): Rational[] => values.map((v) => rational(v));
