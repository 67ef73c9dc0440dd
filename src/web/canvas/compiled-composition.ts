import { compileExpr, jacobian, type Evaluator, type Expr } from "../../core/math";
import type { Composition } from "./composition";

/** A map Rⁿ → Rᵏ evaluated by core's compiled evaluators. */
export type VectorMap = (point: readonly number[]) => number[];
/** A point-dependent matrix evaluated by core's compiled evaluators. */
export type MatrixMap = (point: readonly number[]) => number[][];

/**
 * The composition made ready for drawing: g, f and their symbolic Jacobians compiled once (the
 * symbolic work costs milliseconds), so that every frame only evaluates closures.
 */
export interface CompiledComposition {
  readonly composition: Composition;
  readonly g: VectorMap;
  readonly f: VectorMap;
  readonly dg: MatrixMap;
  readonly df: MatrixMap;
  /** Which partials are zero as expressions: no edge in the dependency graph. */
  readonly dgZero: readonly (readonly boolean[])[];
  readonly dfZero: readonly (readonly boolean[])[];
}

const isZero = (e: Expr): boolean => e.kind === "number" && e.value === 0;

function vectorMap(components: readonly Expr[], variables: readonly string[]): VectorMap {
  const compiled: Evaluator[] = components.map((c) => compileExpr(c, variables));
  return (point) => compiled.map((run) => run(point));
}

function matrixMap(entries: readonly (readonly Expr[])[], variables: readonly string[]): MatrixMap {
  const compiled = entries.map((row) => row.map((e) => compileExpr(e, variables)));
  return (point) => compiled.map((row) => row.map((run) => run(point)));
}

/** Compiles g, f, Dg and Df; call once per change of the functions, never per frame. */
export function compileComposition(composition: Composition): CompiledComposition {
  const { g, f, xNames, uNames } = composition;
  const dgExprs = jacobian(g, xNames);
  const dfExprs = jacobian(f, uNames);
  return {
    composition,
    g: vectorMap(g, xNames),
    f: vectorMap(f, uNames),
    dg: matrixMap(dgExprs, xNames),
    df: matrixMap(dfExprs, uNames),
    dgZero: dgExprs.map((row) => row.map(isZero)),
    dfZero: dfExprs.map((row) => row.map(isZero)),
  };
}
