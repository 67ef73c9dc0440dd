import type { MathNode } from "mathjs";
import type { Expr } from "./expr";
import { exprToMathjs } from "./expr-to-mathjs";
import { memoize } from "./memo";
import {
  constantNode,
  fromSymbolic,
  operatorNode,
  symbolic,
  symbolNode,
  variablesOf,
} from "./mathjs-symbolic";
import { productFactors, productOf, readableNode } from "./readable-node";

/**
 * Derivatives we write ourselves, in terms of the function's own value `f`: math.js does not know
 * σ, and it answers tan and tanh with sec² and sech², which the course does not use. These are
 * the forms learners are taught: σ′ = σ(1 − σ), tanh′ = 1 − tanh², tan′ = 1 + tan².
 */
const OWN_RULES: Readonly<Record<string, string>> = {
  sigma: "f * (1 - f)",
  tanh: "1 - f ^ 2",
  tan: "1 + f ^ 2",
};

/** A call to one of OWN_RULES's functions, stood in for by a fresh symbol while math.js works. */
interface Atom {
  readonly symbol: string;
  readonly call: MathNode;
  readonly fn: string;
  readonly arg: MathNode;
}

// Symbolic work takes milliseconds (math.js rebuilds its simplification rules on every call) and
// generators draw the same template functions again and again: derivatives are memoized.
const derivatives = memoize(4096, (key) => {
  const { expr, variable } = JSON.parse(key) as { expr: Expr; variable: string };
  return derivativeOf(expr, variable);
});

/** ∂expr/∂variable, simplified to the form shown to learners (`2*x1*x2`, `sigma(u)*(1 - sigma(u))`). */
export function differentiate(expr: Expr, variable: string): Expr {
  return derivatives(JSON.stringify({ expr, variable }));
}

function derivativeOf(expr: Expr, variable: string): Expr {
  const node = exprToMathjs(expr);
  const variables = [...new Set([...variablesOf(node), variable])];
  return fromSymbolic(readableNode(derivativeNode(node, variable), variables), variables);
}

/**
 * The chain rule through each σ, tanh or tan: with each such call replaced by a symbol fₖ standing
 * for fₖ(uₖ), d/dx = ∂/∂x + Σₖ ∂/∂fₖ · fₖ′ · duₖ/dx (the path sum of the lesson, Section 5).
 * math.js takes every partial; the pieces are simplified one by one and multiplied without
 * expanding, so σ(u)(1 − σ(u)) stays recognisable.
 */
function derivativeNode(node: MathNode, variable: string): MathNode {
  const atoms: Atom[] = [];
  const body = node.transform((child) => standInFor(child, atoms));
  const terms = [symbolic().derivative(body, variable)];
  for (const atom of atoms) {
    const outer = symbolic().derivative(body, atom.symbol);
    const inner = derivativeNode(atom.arg, variable);
    terms.push(product([outer, inner, ownDerivative(atom)]));
  }
  return sum(terms).transform((child) => {
    const atom = symbolic().isSymbolNode(child) && atoms.find((a) => a.symbol === child.name);
    return atom ? atom.call : child;
  });
}

/** Replaces a call with OWN_RULES by a symbol, the same one for the same call. */
function standInFor(node: MathNode, atoms: Atom[]): MathNode {
  if (!symbolic().isFunctionNode(node) || OWN_RULES[node.fn.name] === undefined) return node;
  const [arg] = node.args;
  if (arg === undefined) throw new Error(`${node.fn.name} called without an argument`);
  const text = node.toString();
  let atom = atoms.find((a) => a.call.toString() === text);
  if (atom === undefined) {
    atom = { symbol: `_f${atoms.length}`, call: node, fn: node.fn.name, arg };
    atoms.push(atom);
  }
  return symbolNode(atom.symbol);
}

/** f′ written in terms of f, the atom's own symbol. */
function ownDerivative(atom: Atom): MathNode {
  const rule = OWN_RULES[atom.fn];
  if (rule === undefined) throw new Error(`No derivative rule for ${atom.fn}`);
  return symbolic()
    .parse(rule)
    .transform((child) =>
      symbolic().isSymbolNode(child) && child.name === "f" ? symbolNode(atom.symbol) : child,
    );
}

const isNumber = (node: MathNode, value: number): boolean =>
  symbolic().isConstantNode(node) && node.value === value;

/**
 * The product of already simplified factors, their numbers multiplied into one coefficient with
 * its sign in front and repeated factors gathered into powers: 2 · (3 · u) · u gives 6 · u ^ 2.
 */
function product(factors: readonly MathNode[]): MathNode {
  let coefficient = 1;
  const powers = new Map<string, { readonly base: MathNode; count: number }>();
  for (const factor of factors.flatMap(productFactors)) {
    const negated = symbolic().isOperatorNode(factor) && factor.fn === "unaryMinus";
    const unsigned = (negated ? factor.args[0] : undefined) ?? factor;
    if (negated) coefficient = -coefficient;
    if (symbolic().isConstantNode(unsigned) && typeof unsigned.value === "number") {
      coefficient *= unsigned.value;
      continue;
    }
    for (const base of productFactors(unsigned)) {
      const seen = powers.get(base.toString());
      if (seen === undefined) powers.set(base.toString(), { base, count: 1 });
      else seen.count++;
    }
  }
  if (coefficient === 0) return constantNode(0);
  const rest = [...powers.values()].map(({ base, count }) =>
    count === 1 ? base : operatorNode("pow", [base, constantNode(count)]),
  );
  const magnitude = Math.abs(coefficient);
  const unsigned = productOf(magnitude === 1 ? rest : [constantNode(magnitude), ...rest]);
  return coefficient < 0 ? operatorNode("unaryMinus", [unsigned]) : unsigned;
}

/** The sum of the terms that are not 0, a negated term subtracted. */
function sum(terms: readonly MathNode[]): MathNode {
  const [first, ...rest] = terms.filter((term) => !isNumber(term, 0));
  if (first === undefined) return constantNode(0);
  return rest.reduce((left, right) => {
    const negated =
      symbolic().isOperatorNode(right) && right.fn === "unaryMinus" ? right.args[0] : undefined;
    return negated === undefined
      ? operatorNode("add", [left, right])
      : operatorNode("subtract", [left, negated]);
  }, first);
}
