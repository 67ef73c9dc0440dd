/**
 * The Jacobian of `f` at `x` by central differences: column j is (f(x + h eⱼ) − f(x − h eⱼ)) / 2h,
 * whose error is O(h²). The step grows with |xⱼ| so that it stays above rounding noise far from 0.
 * An oracle for tests and a check for the canvas, not a way to grade: it is approximate.
 */
export function finiteDifferenceJacobian(
  f: (x: readonly number[]) => readonly number[],
  x: readonly number[],
  h = 1e-5,
): number[][] {
  const columns = x.map((xj, j) => {
    const step = h * Math.max(1, Math.abs(xj));
    const plus = f(x.map((value, k) => (k === j ? value + step : value)));
    const minus = f(x.map((value, k) => (k === j ? value - step : value)));
    if (plus.length !== minus.length) throw new Error("finiteDifferenceJacobian: f changed length");
    return plus.map((value, i) => (value - (minus[i] as number)) / (2 * step));
  });
  const outputs = columns[0]?.length ?? f(x).length;
  return Array.from({ length: outputs }, (_, i) => columns.map((column) => column[i] as number));
}
