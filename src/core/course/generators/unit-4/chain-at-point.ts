import type { Random } from "../../../shared";
import {
  autodiffJacobian,
  buildGraph,
  compileExpr,
  parseTrustedExpression,
  type Expr,
} from "../../../math";
import type { Difficulty } from "../../generator";
import type { ItemFunction } from "../../item";
import { drawComponents, drawScalar, type PointVariable } from "./component-bank";
import { allFriendly } from "./exact-number";

/** Dimensions of a chain x ∈ ℝⁿ → u ∈ ℝᵐ → y ∈ ℝᵖ. */
export interface ChainShape {
  readonly n: number;
  readonly m: number;
  readonly p: number;
}

/** A composition y = f(g(x)) at a point, with both local Jacobians evaluated where they belong. */
export interface ChainAtPoint {
  readonly g: ItemFunction;
  readonly f: ItemFunction;
  readonly gExprs: readonly Expr[];
  readonly fExprs: readonly Expr[];
  readonly x0: readonly number[];
  readonly u0: readonly number[];
  /** Dg(x₀), m×n. */
  readonly dg: readonly (readonly number[])[];
  /** Df(u₀), p×m. */
  readonly df: readonly (readonly number[])[];
  /** Df evaluated at x₀ instead (mistake M5); only when m = n, where it is defined. */
  readonly dfAtX?: readonly (readonly number[])[];
}

/** Coordinates of the point: small integers, 0 less often (it makes many partials vanish). */
const POINT_VALUES = [-2, -1, -1, 0, 1, 1, 2] as const;

/** Largest size of a friendly entry; beyond it the arithmetic is no longer the point. */
const BOUND = 12;

const names = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

/**
 * Draws g: ℝⁿ → ℝᵐ and f: ℝᵐ → ℝᵖ (n, m ≥ 2) and an integer point where u₀ = g(x₀) is a small
 * integer vector and both Jacobians have friendly entries (integers when `integers`), neither of
 * them more than half zeros; redraws until so. Jacobians at the point come from the autodiff engine: numbers are
 * all an item at a point needs, and it is far faster than symbolic differentiation.
 */
export function drawChainAtPoint(
  random: Random,
  difficulty: Difficulty,
  shape: ChainShape,
  integers: boolean,
): ChainAtPoint {
  const xVars = names("x", shape.n);
  const uVars = names("u", shape.m);
  for (;;) {
    const x0 = xVars.map(() => random.pick(POINT_VALUES));
    const gTexts = drawComponents(random, difficulty, pointVariables(xVars, x0), shape.m);
    const u0 = gTexts.map((text) => compileExpr(parseTrustedExpression(text, xVars), xVars)(x0));
    if (!u0.every((v) => Number.isInteger(v) && Math.abs(v) <= 6)) continue;
    const uPoint = pointVariables(uVars, u0);
    const fTexts =
      shape.p === 1
        ? [drawScalar(random, difficulty, uPoint)]
        : drawComponents(random, difficulty, uPoint, shape.p);
    const chain = chainAt(gTexts, fTexts, x0);
    if (usable(chain.dg, integers) && usable(chain.df, integers)) return chain;
  }
}

/** The composition of g and f, given as component texts over x1… and u1…, at the point x₀. */
export function chainAt(
  gTexts: readonly string[],
  fTexts: readonly string[],
  x0: readonly number[],
): ChainAtPoint {
  const xVars = names("x", x0.length);
  const uVars = names("u", gTexts.length);
  const gExprs = gTexts.map((text) => parseTrustedExpression(text, xVars));
  const fExprs = fTexts.map((text) => parseTrustedExpression(text, uVars));
  const u0 = gExprs.map((e) => compileExpr(e, xVars)(x0));
  return {
    g: { name: "g", variables: xVars, components: [...gTexts] },
    f: { name: "f", variables: uVars, components: [...fTexts] },
    gExprs,
    fExprs,
    x0,
    u0,
    dg: jacobianAt(gExprs, xVars, x0),
    df: jacobianAt(fExprs, uVars, u0),
    ...(xVars.length === uVars.length ? { dfAtX: jacobianAt(fExprs, uVars, x0) } : {}),
  };
}

function pointVariables(variables: readonly string[], at: readonly number[]): PointVariable[] {
  return variables.map((name, i) => ({ name, at: at[i] ?? 0 }));
}

/** The numeric Jacobian of the components at a point, by reverse-mode autodiff. */
function jacobianAt(
  components: readonly Expr[],
  variables: readonly string[],
  point: readonly number[],
): number[][] {
  return autodiffJacobian(buildGraph(components, variables, point), "reverse").value;
}

function usable(matrix: readonly (readonly number[])[], integers: boolean): boolean {
  const entries = matrix.flat();
  // Mostly zero Jacobians make a dull item and let wrong methods land on the right answer.
  if (entries.filter((v) => v === 0).length * 2 > entries.length) return false;
  return integers
    ? entries.every((v) => Number.isInteger(v) && Math.abs(v) <= BOUND)
    : allFriendly(entries, BOUND);
}
