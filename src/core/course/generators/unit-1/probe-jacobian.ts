import type { Expr } from "../../../math";
import { compileMatrix } from "./draw-map";
import { transposed } from "./transposed";

/** Points where a symbolic Jacobian is probed: away from 0, from each other and from symmetry. */
const PROBES = [
  [0.7, -1.3, 0.4, 1.1],
  [1.9, 0.4, -0.8, 0.3],
  [-0.6, 1.1, 1.5, -0.9],
] as const;

/**
 * A symbolic matrix is usable for an item when every entry is defined at the probes, at most
 * `maxZeros` entries vanish at all of them, and (when square) its transpose differs, so that
 * mistake M2a gives another answer.
 */
export function isUsableJacobian(
  entries: readonly (readonly Expr[])[],
  variables: readonly string[],
  maxZeros: number,
): boolean {
  const values = probeValues(entries, variables);
  if (values.some((matrix) => matrix.flat().some((v) => !Number.isFinite(v)))) return false;
  const zeros = (values[0] ?? [])
    .flat()
    .filter((_, k) => values.every((matrix) => matrix.flat()[k] === 0));
  const square = entries.length === variables.length;
  return zeros.length <= maxZeros && !(square && values.every(isSymmetric));
}

/** A matrix of expressions evaluated at each of the probe points (NaN where undefined). */
export function probeValues(
  entries: readonly (readonly Expr[])[],
  variables: readonly string[],
): number[][][] {
  const evaluate = compileMatrix(entries, variables);
  return PROBES.map((probe) => evaluate(probe.slice(0, variables.length)));
}

/** True when the matrix equals its transpose (to rounding). */
export function isSymmetric(matrix: readonly (readonly number[])[]): boolean {
  const other = transposed(matrix);
  return matrix.every((row, i) => row.every((v, j) => Math.abs(v - (other[i]?.[j] ?? NaN)) < 1e-9));
}
