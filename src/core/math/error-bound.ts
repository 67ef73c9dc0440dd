import { assertNever } from "../shared";
import { CONSTANT_VALUES, FUNCTION_VALUES, OPERATOR_VALUES } from "./compile";
import type { BinaryOperator, Expr, FunctionName } from "./expr";

/** Estimates, for one point, how far the floating-point value of an expression may be from the true one. */
export type ErrorBound = (point: ArrayLike<number>) => number;

/** Unit roundoff of a double: every operation may be off by this much, relatively. */
const U = Number.EPSILON / 2;
/** Math's library functions are accurate to about an ulp; allow two. */
const LIBRARY = 4 * U;
/**
 * Below the normal range relative precision fails: a result that underflows (exp(-985) is 0) is
 * off by up to the smallest subnormal, absolutely; a later product with a huge factor shows it.
 */
const UNDERFLOW = Number.MIN_VALUE;

interface Out {
  e: number;
}
type Node = (p: ArrayLike<number>, out: Out) => number;

/**
 * The error of f(t) caused by an error `et` in its argument, given t and the value v = f(t): the
 * first-order |f'(t)| * et, except for sqrt, whose slope is unbounded at 0; there
 * |sqrt(t + d) - sqrt(t)| <= sqrt(|d|) holds exactly and is the smaller of the two.
 */
const PASSED_ON: { readonly [F in FunctionName]: (t: number, v: number, et: number) => number } = {
  sin: (t, _v, et) => Math.abs(Math.cos(t)) * et,
  cos: (t, _v, et) => Math.abs(Math.sin(t)) * et,
  tan: (_t, v, et) => (1 + v * v) * et,
  exp: (_t, v, et) => Math.abs(v) * et,
  log: (t, _v, et) => et / Math.abs(t),
  sqrt: (_t, v, et) => Math.min(et / (2 * v), Math.sqrt(et)),
  abs: (_t, _v, et) => et,
  tanh: (_t, v, et) => (1 - v * v) * et,
  sigma: (_t, v, et) => v * (1 - v) * et,
};

/**
 * Compiles a running error analysis of `expr` (first order, as in Higham's "Accuracy and
 * Stability of Numerical Algorithms", ch. 3): each operation adds its own rounding and passes on
 * its operands' errors scaled by its partial derivatives. The equivalence check uses the bound to
 * tell cancellation noise (`(x+1)^2 - x^2 - 2x` vs `1`, `sin(pi)` vs `0`) from a real difference
 * between tiny values (`1e-50*sin(x)` vs `1e-50*cos(x)`), where a fixed tolerance cannot do both.
 * It is slower than `compileExpr` and only runs where values disagree beyond the relative tolerance.
 */
export function compileErrorBound(expr: Expr, variables: readonly string[]): ErrorBound {
  const slots = new Map(variables.map((name, index) => [name, index]));
  const node = build(expr, slots);
  return (point) => {
    const out: Out = { e: 0 };
    node(point, out);
    return out.e;
  };
}

function build(expr: Expr, slots: ReadonlyMap<string, number>): Node {
  switch (expr.kind) {
    case "number":
    case "constant": {
      const v = expr.kind === "number" ? expr.value : CONSTANT_VALUES[expr.name];
      const e = Number.isInteger(v) ? 0 : U * Math.abs(v);
      return (_p, out) => {
        out.e = e;
        return v;
      };
    }
    case "variable": {
      const slot = slots.get(expr.name);
      if (slot === undefined)
        throw new Error(`compileErrorBound: variable "${expr.name}" is not listed`);
      return (p, out) => {
        out.e = 0;
        return p[slot] as number;
      };
    }
    case "negate": {
      const arg = build(expr.arg, slots);
      return (p, out) => -arg(p, out);
    }
    case "call":
      return callNode(expr.fn, build(expr.arg, slots));
    case "binary":
      return binaryNode(expr.op, build(expr.left, slots), build(expr.right, slots));
    default:
      return assertNever(expr);
  }
}

function callNode(fn: FunctionName, arg: Node): Node {
  const f = FUNCTION_VALUES[fn];
  const passOn = PASSED_ON[fn];
  return (p, out) => {
    const t = arg(p, out);
    const v = f(t);
    out.e = passOn(t, v, out.e) + LIBRARY * Math.abs(v) + UNDERFLOW;
    return v;
  };
}

/** The propagated error of `a op b` from the operands' errors, before its own rounding. */
const PROPAGATE: {
  readonly [O in BinaryOperator]: (
    a: number,
    b: number,
    v: number,
    ea: number,
    eb: number,
  ) => number;
} = {
  "+": (_a, _b, _v, ea, eb) => ea + eb,
  "-": (_a, _b, _v, ea, eb) => ea + eb,
  "*": (a, b, _v, ea, eb) => Math.abs(b) * ea + Math.abs(a) * eb,
  "/": (_a, b, v, ea, eb) => (ea + Math.abs(v) * eb) / Math.abs(b),
  "^": (a, b, v, ea, eb) =>
    a === 0 ? 0 : Math.abs((b * v) / a) * ea + Math.abs(v * Math.log(Math.abs(a))) * eb,
};

function binaryNode(op: BinaryOperator, left: Node, right: Node): Node {
  const apply = OPERATOR_VALUES[op];
  const propagate = PROPAGATE[op];
  const own = op === "^" ? LIBRARY : U;
  return (p, out) => {
    const a = left(p, out);
    const ea = out.e;
    const b = right(p, out);
    const v = apply(a, b);
    out.e = propagate(a, b, v, ea, out.e) + own * Math.abs(v) + UNDERFLOW;
    return v;
  };
}
