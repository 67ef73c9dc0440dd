import {
  create,
  derivativeDependencies,
  rationalizeDependencies,
  simplifyDependencies,
} from "mathjs";
import type { MathJsInstance, MathNode, OperatorNodeMap } from "mathjs";
import type { Expr } from "./expr";
import { parseTrustedExpression } from "./parse-expression";

let instance: MathJsInstance | undefined;

/**
 * A math.js instance with only `derivative`, `simplify` and `rationalize` (and what they need), for trusted,
 * generator-made expressions. Learner input never reaches it: that goes through the parser's
 * whitelist walk. Made on first use, so importing `core/math` does not build it at start-up (its
 * factories are still bundled). Nothing here is exported from `core/math`: math.js nodes stay inside.
 */
export function symbolic(): MathJsInstance {
  instance ??= createSymbolic();
  return instance;
}

function createSymbolic(): MathJsInstance {
  // The typings declare every `*Dependencies` export as possibly undefined.
  if (
    derivativeDependencies === undefined ||
    simplifyDependencies === undefined ||
    rationalizeDependencies === undefined
  ) {
    throw new Error("mathjs lacks the derivative, simplify or rationalize factories");
  }
  return create({ derivativeDependencies, simplifyDependencies, rationalizeDependencies });
}

/** The arithmetic operators of math.js that `Expr` has. */
export type ArithmeticFn = "add" | "subtract" | "multiply" | "divide" | "pow" | "unaryMinus";

const OPERATOR_SYMBOL: OperatorNodeMap = {
  add: "+",
  subtract: "-",
  multiply: "*",
  divide: "/",
  pow: "^",
  unaryMinus: "-",
} as OperatorNodeMap; // only the entries above are ever looked up

/** A math.js operator node from its function name, with the matching symbol. */
export function operatorNode<F extends ArithmeticFn>(fn: F, args: MathNode[]): MathNode {
  return new (symbolic().OperatorNode)(OPERATOR_SYMBOL[fn], fn, args);
}

/** Names that read as constants, not variables, when an `Expr` is rebuilt from text. */
const CONSTANT_NAMES = new Set(["pi", "e"]);

/** A number node. */
export const constantNode = (value: number): MathNode => new (symbolic().ConstantNode)(value);

/** A symbol node: a variable, a constant such as pi, or a stand-in. */
export const symbolNode = (name: string): MathNode => new (symbolic().SymbolNode)(name);

/** The variables a node uses, in natural order (x2 before x10), skipping function names. */
export function variablesOf(node: MathNode): string[] {
  const names = new Set<string>();
  node.traverse((child, path) => {
    if (symbolic().isSymbolNode(child) && path !== "fn" && !CONSTANT_NAMES.has(child.name)) {
      names.add(child.name);
    }
  });
  return [...names].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

/**
 * Back from math.js to `Expr` by printing and re-reading, so that the parser's whitelist walk is
 * the only path from math.js nodes into Pullback's own type.
 */
export function fromSymbolic(node: MathNode, variables: readonly string[]): Expr {
  return parseTrustedExpression(node.toString(), variables);
}
