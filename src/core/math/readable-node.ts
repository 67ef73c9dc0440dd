import type { MathNode } from "mathjs";
import { constantNode, operatorNode, symbolic } from "./mathjs-symbolic";

/**
 * Rewrites for what math.js's `simplify` leaves behind that a learner would not write: a factor
 * −1 (`x ^ 2 * -1 / 2`), a chain of divisions (`1 / 2 / sqrt(x)`), and a negated product or
 * quotient, whose sign reads better on its first factor (`-x * y`, not `-(x * y)`).
 */
const TIDY_RULES = [
  "n * -1 -> -n",
  "-1 * n -> -n",
  "n1 / n2 / n3 -> n1 / (n2 * n3)",
  "-(n1 * n2) -> -n1 * n2",
  "-(n1 / n2) -> -n1 / n2",
];

/**
 * A simplified node in the form a solution is shown in: tidied as above, then with each product's
 * factors in reading order (numbers, then π and e, then variables and their powers in variable
 * order, then the rest as they were), so `2 * y * x` reads `2 * x * y`.
 */
export function readableNode(node: MathNode, variables: readonly string[]): MathNode {
  return orderFactors(symbolic().simplify(node, TIDY_RULES), variables);
}

function orderFactors(node: MathNode, variables: readonly string[]): MathNode {
  if (!isProduct(node)) return node.map((child) => orderFactors(child, variables));
  let negative = false;
  const factors = productFactors(node).map((factor) => {
    // A negated factor's sign moves to the front, so -x * y and y * -x both read -x * y.
    const negated = symbolic().isOperatorNode(factor) && factor.fn === "unaryMinus";
    if (negated) negative = !negative;
    return orderFactors((negated ? factor.args[0] : undefined) ?? factor, variables);
  });
  const rank = (factor: MathNode): number => factorRank(factor, variables);
  // Array.prototype.sort is stable, so factors of equal rank keep math.js's order.
  const [first, ...rest] = factors.sort((a, b) => rank(a) - rank(b));
  if (first === undefined) return node;
  return productOf([negative ? operatorNode("unaryMinus", [first]) : first, ...rest]);
}

function factorRank(factor: MathNode, variables: readonly string[]): number {
  if (symbolic().isConstantNode(factor)) return 0;
  if (symbolic().isSymbolNode(factor)) {
    const index = variables.indexOf(factor.name);
    return index < 0 ? 1 : 2 + index; // π and e come before the variables
  }
  const base =
    symbolic().isOperatorNode(factor) && factor.fn === "pow" ? factor.args[0] : undefined;
  const index =
    base !== undefined && symbolic().isSymbolNode(base) ? variables.indexOf(base.name) : -1;
  return index < 0 ? Infinity : 2 + index; // e^u reads like a function call: it stays behind
}

/** An explicit product, written `a * b` (math.js also has implicit ones, `2x`). */
function isProduct(node: MathNode): boolean {
  return symbolic().isOperatorNode(node) && node.fn === "multiply" && !node.implicit;
}

/** The factors of a chain of products, flattened: (a * b) * c gives [a, b, c]. */
export function productFactors(node: MathNode): MathNode[] {
  if (!isProduct(node) || !symbolic().isOperatorNode(node)) return [node];
  return node.args.flatMap(productFactors);
}

/** The left-to-right product of the factors; 1 when there are none. */
export function productOf(factors: readonly MathNode[]): MathNode {
  const [first, ...rest] = factors;
  if (first === undefined) return constantNode(1);
  return rest.reduce((left, right) => operatorNode("multiply", [left, right]), first);
}
