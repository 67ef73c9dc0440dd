import type { Random } from "../../../shared";

/**
 * A rows×cols matrix of small integers (−3…3) with no zero row or column, so that
 * every coordinate takes part in the product.
 */
export function randomIntegerMatrix(random: Random, rows: number, cols: number): number[][] {
  for (;;) {
    const matrix = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => random.int(-3, 3)),
    );
    const zeroRow = matrix.some((row) => row.every((v) => v === 0));
    const zeroCol = Array.from({ length: cols }, (_, j) => j).some((j) =>
      matrix.every((row) => row[j] === 0),
    );
    if (!zeroRow && !zeroCol) return matrix;
  }
}

/** A perturbation in hundredths, no entry zero: tenths (±0.1 … ±0.5) or hundredths (±0.01 … ±0.05). */
export function randomPerturbation(random: Random, length: number): number[] {
  const scale = random.pick([1, 10]);
  return Array.from({ length }, () => random.pick([-3, -2, -1, 1, 2, 3, 4, 5]) * scale);
}

/** A small nonzero integer vector (−3…3). */
export function randomIntegerVector(random: Random, length: number): number[] {
  for (;;) {
    const vector = Array.from({ length }, () => random.int(-3, 3));
    if (vector.some((v) => v !== 0)) return vector;
  }
}
