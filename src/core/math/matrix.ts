/** A numeric matrix as a list of rows; every row has the same length. */
export type Matrix = readonly (readonly number[])[];

/** Rows × columns of a rectangular matrix (a matrix with no rows has no columns). */
const shapeOf = (a: Matrix): readonly [number, number] => [a.length, a[0]?.length ?? 0];

/** An entry the caller has already bounds-checked; reading past the edge is a bug. */
function entry(a: Matrix, i: number, j: number): number {
  const value = a[i]?.[j];
  if (value === undefined) throw new Error(`Matrix entry (${i}, ${j}) is outside the matrix`);
  return value;
}

/** The product `a b`. Throws when the inner dimensions differ: callers build shapes, so that is a bug. */
export function matMul(a: Matrix, b: Matrix): number[][] {
  const [rows, inner] = shapeOf(a);
  const [bRows, cols] = shapeOf(b);
  if (inner !== bRows) {
    throw new Error(`matMul: cannot multiply ${rows}×${inner} by ${bRows}×${cols}`);
  }
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += entry(a, i, k) * entry(b, k, j);
      return sum;
    }),
  );
}

/** The transpose `aᵀ`: row i of the result is column i of `a`. */
export function transpose(a: Matrix): number[][] {
  const [rows, cols] = shapeOf(a);
  return Array.from({ length: cols }, (_, j) =>
    Array.from({ length: rows }, (_, i) => entry(a, i, j)),
  );
}

/** The matrix–vector product `a v`. Throws when `v` does not have one entry per column of `a`. */
export function matVec(a: Matrix, v: readonly number[]): number[] {
  const [rows, cols] = shapeOf(a);
  if (cols !== v.length) {
    throw new Error(`matVec: cannot multiply ${rows}×${cols} by a vector of length ${v.length}`);
  }
  return a.map((row) => row.reduce((sum, x, j) => sum + x * entry([v], 0, j), 0));
}
