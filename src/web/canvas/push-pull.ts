import { matVec, transpose } from "../../core/math";
import type { CompiledComposition, VectorMap } from "./compiled-composition";
import type { Linearization } from "./linearization";

/** Samples along the true image curve t ↦ g(x₀ + tΔx), t from 0 to 1. */
export const CURVE_SAMPLES = 24;

/**
 * Everything the three boxes draw for a perturbation Δx and an output gradient w: the arrows
 * pushed forward by the Jacobians, the true nonlinear images beside them, and w pulled back by
 * the transposes (lesson, forward and reverse through a chain).
 */
export interface PushPull {
  /** Dg(x₀) Δx. */
  readonly du: number[];
  /** Df(u₀) Dg(x₀) Δx = Δy, the predicted output change. */
  readonly dy: number[];
  /** g(x₀ + tΔx) for t from 0 to 1. */
  readonly uCurve: number[][];
  /** f(g(x₀ + tΔx)) for t from 0 to 1. */
  readonly yCurve: number[][];
  /** ∇ᵤ = Df(u₀)ᵀ w. */
  readonly gradU: number[];
  /** ∇ₓ = Dg(x₀)ᵀ Df(u₀)ᵀ w. */
  readonly gradX: number[];
  /** ⟨∇ₓ, Δx⟩, which must equal ⟨w, Δy⟩. */
  readonly pairingX: number;
  /** ⟨w, Δy⟩. */
  readonly pairingY: number;
}

/** ⟨a, b⟩ as the 1×1 product aᵀb, so that even the pairing is core's arithmetic. */
const pair = (a: readonly number[], b: readonly number[]): number => matVec([a], b)[0] ?? NaN;

/** The images of the segment from x₀ to x₀ + Δx under `map`. */
function imageCurve(
  map: VectorMap,
  x0: readonly number[],
  dx: readonly number[],
  samples = CURVE_SAMPLES,
): number[][] {
  return Array.from({ length: samples + 1 }, (_, k) => {
    const t = k / samples;
    return map(x0.map((x, j) => x + t * (dx[j] ?? 0)));
  });
}

/** Pushes Δx forward and pulls w back through the linearization at x₀. */
export function pushPull(
  c: CompiledComposition,
  l: Linearization,
  dx: readonly number[],
  w: readonly number[],
): PushPull {
  const du = matVec(l.dg, dx);
  const dy = matVec(l.df, du);
  const uCurve = imageCurve(c.g, l.x0, dx);
  const gradU = matVec(transpose(l.df), w);
  const gradX = matVec(transpose(l.dg), gradU);
  return {
    du,
    dy,
    uCurve,
    yCurve: uCurve.map((u) => c.f(u)),
    gradU,
    gradX,
    pairingX: pair(gradX, dx),
    pairingY: pair(w, dy),
  };
}

/** The true change along an image curve: its last sample minus its first, g(x₀+Δx) − g(x₀). */
export function trueChange(curve: readonly (readonly number[])[]): number[] {
  const first = curve[0] ?? [];
  const last = curve[curve.length - 1] ?? [];
  return last.map((v, k) => v - (first[k] ?? NaN));
}
