import { assertNever } from "../shared";
import type { BinaryOperator, Expr, FunctionName } from "./expr";

/** A compiled expression: reads its variables from `point`, in the order given to `compileExpr`. */
export type Evaluator = (point: ArrayLike<number>) => number;

/** Maps a non-finite number to NaN, the one marker of "undefined at this point". */
const finite = (v: number): number => (v - v === 0 ? v : NaN);

/** The numeric meaning of each function; `sigma` is the logistic 1/(1+e^-t). */
export const FUNCTION_VALUES: { readonly [F in FunctionName]: (t: number) => number } = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  tanh: Math.tanh,
  sigma: (t) => 1 / (1 + Math.exp(-t)),
};

/** `Math.pow` gives 1 for NaN^0; an undefined base must stay undefined. */
const power = (a: number, b: number): number => (a !== a ? NaN : finite(Math.pow(a, b)));

/** The numeric meaning of each operator, with non-finite results mapped to NaN. */
export const OPERATOR_VALUES: {
  readonly [O in BinaryOperator]: (a: number, b: number) => number;
} = {
  "+": (a, b) => finite(a + b),
  "-": (a, b) => finite(a - b),
  "*": (a, b) => finite(a * b),
  "/": (a, b) => finite(a / b),
  "^": power,
};

/** The values of the named constants. */
export const CONSTANT_VALUES = { pi: Math.PI, e: Math.E } as const;

/**
 * Compiles `expr` once into nested closures, so that evaluating it at many points does no tree
 * walk and no string dispatch. Subtrees without variables are folded to a number at compile time.
 * Every intermediate result that is not finite becomes NaN, so a NaN result means "undefined at
 * this point" (log of a negative, division by zero, overflow) and nothing can turn it back into a
 * number. Throws if `expr` uses a variable missing from `variables`: callers parse with the same list.
 */
export function compileExpr(expr: Expr, variables: readonly string[]): Evaluator {
  return build(expr, variables).run;
}

interface Compiled {
  readonly run: Evaluator;
  /** Set when the subtree has no variables, so the parent can fold it. */
  readonly constant?: number;
}

/*
 * Closures below are passed as arguments or returned, never assigned to a name: tsx (which runs
 * the CLI from source) keeps function names by wrapping each named closure in a call that costs
 * more than evaluating it.
 */
const node = (run: Evaluator): Compiled => ({ run });

function constant(value: number): Compiled {
  const v = finite(value);
  return { run: evaluatorOf(v), constant: v };
}

function evaluatorOf(v: number): Evaluator {
  return () => v;
}

function build(expr: Expr, variables: readonly string[]): Compiled {
  switch (expr.kind) {
    case "number":
      return constant(expr.value);
    case "constant":
      return constant(CONSTANT_VALUES[expr.name]);
    case "variable": {
      const slot = variables.indexOf(expr.name);
      if (slot < 0) throw new Error(`compileExpr: variable "${expr.name}" is not listed`);
      return node((p) => p[slot] as number);
    }
    case "negate":
      return unary(build(expr.arg, variables), (t) => -t);
    case "call":
      return unary(build(expr.arg, variables), FUNCTION_VALUES[expr.fn]);
    case "binary":
      return binaryNode(expr.op, build(expr.left, variables), build(expr.right, variables));
    default:
      return assertNever(expr);
  }
}

function unary(arg: Compiled, f: (t: number) => number): Compiled {
  if (arg.constant !== undefined) return constant(f(arg.constant));
  const a = arg.run;
  return node((p) => finite(f(a(p))));
}

/** One closure shape per operator, so that each call site stays monomorphic. */
const SPECIALIZED: { readonly [O in BinaryOperator]: (a: Evaluator, b: Evaluator) => Evaluator } = {
  "+": (a, b) => (p) => finite(a(p) + b(p)),
  "-": (a, b) => (p) => finite(a(p) - b(p)),
  "*": (a, b) => (p) => finite(a(p) * b(p)),
  "/": (a, b) => (p) => finite(a(p) / b(p)),
  "^": (a, b) => (p) => power(a(p), b(p)),
};

function binaryNode(op: BinaryOperator, left: Compiled, right: Compiled): Compiled {
  if (left.constant !== undefined && right.constant !== undefined) {
    return constant(OPERATOR_VALUES[op](left.constant, right.constant));
  }
  const a = left.run;
  if (op === "^" && right.constant !== undefined) {
    // Constant exponents are the commonest power in this course's answers: x^2 multiplies.
    const c = right.constant;
    return node(c === 2 ? (p) => square(a(p)) : (p) => power(a(p), c));
  }
  return node(SPECIALIZED[op](a, right.run));
}

function square(v: number): number {
  return finite(v * v);
}
