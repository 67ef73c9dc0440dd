import { matMul, type Matrix } from "../../core/math";
import type { CompiledComposition } from "./compiled-composition";

/** The composition at one point: the values u₀ = g(x₀), y₀ = f(u₀) and the local Jacobians. */
export interface Linearization {
  readonly x0: readonly number[];
  readonly u0: readonly number[];
  readonly y0: readonly number[];
  /** Dg(x₀), m×n. */
  readonly dg: Matrix;
  /** Df(u₀), p×m: the outer derivative is taken at g(x₀), not at x₀. */
  readonly df: Matrix;
  /** D(f∘g)(x₀) = Df(g(x₀)) Dg(x₀), p×n (lesson, the chain rule). */
  readonly dh: Matrix;
}

/** Evaluates everything the views draw at x₀; cheap enough to run on every frame of a drag. */
export function linearizeAt(c: CompiledComposition, x0: readonly number[]): Linearization {
  const u0 = c.g(x0);
  const dg = c.dg(x0);
  const df = c.df(u0);
  return { x0, u0, y0: c.f(u0), dg, df, dh: matMul(df, dg) };
}

/** Whether every number of the linearization is finite: outside a function's domain it is not. */
export function isDefined(l: Linearization): boolean {
  const all = [...l.u0, ...l.y0, ...l.dg.flat(), ...l.df.flat()];
  return all.every(Number.isFinite);
}
