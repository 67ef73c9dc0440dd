import { assertNever } from "../shared";
import { compileExpr } from "./compile";
import { compileErrorBound } from "./error-bound";
import type { ErrorBound } from "./error-bound";
import type { Expr } from "./expr";

/** How close two values must be to count as equal; docs/equivalence.md gives the reasons. */
export interface Tolerances {
  /** Equal when |a - b| <= relative * max(|a|, |b|) + absolute at a sample point... */
  readonly relative: number;
  /** ...where `absolute` only covers underflow, below the normal range of doubles. */
  readonly absolute: number;
  /** ...or when |a - b| is within this many times both sides' estimated rounding error. */
  readonly roundoffFactor: number;
  /** A decimal number typed as the answer is accepted within one unit in this significant digit. */
  readonly significantDigits: number;
  /** Fewer points where both sides are defined than this, and the check is undetermined. */
  readonly minValidPoints: number;
}

/** The documented defaults. */
export const DEFAULT_TOLERANCES: Tolerances = {
  relative: 1e-10,
  absolute: 1e-300,
  roundoffFactor: 8,
  significantDigits: 4,
  minValidPoints: 8,
};

/** The verdict on one pair of scalar expressions. `pointIndex` is the first point that differs. */
export type ScalarOutcome =
  | { readonly kind: "equivalent" }
  | { readonly kind: "different"; readonly pointIndex: number }
  | { readonly kind: "undetermined"; readonly reason: string };

/**
 * Compares two scalar expressions at the sample points. A point where either side is undefined
 * (NaN) is skipped; too few points left gives "undetermined", never "equivalent". A decimal
 * number typed as the answer (`0.3333`) is held to significant digits of the expected value.
 */
export function compareScalar(
  expected: Expr,
  answer: Expr,
  variables: readonly string[],
  points: readonly ArrayLike<number>[],
  tolerances: Tolerances,
): ScalarOutcome {
  const expectedAt = compileExpr(expected, variables);
  const answerAt = compileExpr(answer, variables);
  const decimal = isDecimalNumber(answer);
  let bounds: readonly [ErrorBound, ErrorBound] | undefined;
  let valid = 0;
  for (let i = 0; i < points.length; i++) {
    const point = points[i] as ArrayLike<number>;
    const b = expectedAt(point);
    if (b !== b) continue;
    const a = answerAt(point);
    if (a !== a) continue;
    valid++;
    if (closeRelative(a, b, tolerances) || (decimal && closeInDigits(a, b, tolerances))) continue;
    // Rare: only where values differ beyond the relative tolerance, so compiled on demand.
    bounds ??= [compileErrorBound(expected, variables), compileErrorBound(answer, variables)];
    const roundoff = bounds[0](point) + bounds[1](point);
    // Written so that a NaN estimate counts as "different": fail closed.
    if (!(Math.abs(a - b) <= tolerances.roundoffFactor * roundoff))
      return { kind: "different", pointIndex: i };
  }
  if (valid >= tolerances.minValidPoints) return { kind: "equivalent" };
  return {
    kind: "undetermined",
    reason: `both sides are defined at only ${valid} of ${points.length} sample points`,
  };
}

function closeRelative(a: number, b: number, t: Tolerances): boolean {
  return Math.abs(a - b) <= t.relative * Math.max(Math.abs(a), Math.abs(b)) + t.absolute;
}

/** Within one unit of the last required significant digit of `b`: 0.3333 and 0.3334 for 1/3. */
function closeInDigits(a: number, b: number, t: Tolerances): boolean {
  if (b === 0) return false;
  const unit = Math.pow(10, Math.floor(Math.log10(Math.abs(b))) - (t.significantDigits - 1));
  return Math.abs(a - b) <= unit;
}

/** A number with a decimal fraction and no variable: the learner rounded, so digits count. */
function isDecimalNumber(expr: Expr): boolean {
  return !hasVariable(expr) && hasFraction(expr);
}

function hasVariable(expr: Expr): boolean {
  return someNode(expr, (node) => node.kind === "variable");
}

function hasFraction(expr: Expr): boolean {
  return someNode(expr, (node) => node.kind === "number" && !Number.isInteger(node.value));
}

function someNode(expr: Expr, test: (node: Expr) => boolean): boolean {
  if (test(expr)) return true;
  switch (expr.kind) {
    case "number":
    case "constant":
    case "variable":
      return false;
    case "negate":
    case "call":
      return someNode(expr.arg, test);
    case "binary":
      return someNode(expr.left, test) || someNode(expr.right, test);
    default:
      return assertNever(expr);
  }
}
