import { describe, expect, it } from "vitest";
import { buildGraph, jvp, substitute, vjp, type Expr } from "../../core/math";
import type { CompiledComposition } from "./compiled-composition";
import { linearizeAt } from "./linearization";
import { pushPull, CURVE_SAMPLES } from "./push-pull";
import { compiled, TEST_COMPOSITIONS } from "./test-compositions";

const expectClose = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - (expected[i] ?? NaN))).toBeLessThan(1e-9));
};

/** f∘g as one expression in x, for core's autodiff to differentiate end to end. */
function composed(c: CompiledComposition): Expr[] {
  const { f, g, uNames } = c.composition;
  const bindings = Object.fromEntries(uNames.map((name, i) => [name, g[i] as Expr]));
  return f.map((component) => substitute(component, bindings));
}

describe("pushPull", () => {
  it.each(TEST_COMPOSITIONS)("agrees with core's forward and reverse mode for $name", (text) => {
    const c = compiled(text);
    const { xNames, uNames, g, f, x0 } = c.composition;
    const l = linearizeAt(c, x0);
    const dx = x0.map((_, j) => 0.3 - 0.2 * j);
    const w = l.y0.map((_, k) => 1 + k);
    const result = pushPull(c, l, dx, w);
    expectClose(result.du, jvp(buildGraph(g, xNames, x0), dx).value);
    expectClose(result.dy, jvp(buildGraph(composed(c), xNames, x0), dx).value);
    expectClose(result.gradU, vjp(buildGraph(f, uNames, [...l.u0]), w).value);
    expectClose(result.gradX, vjp(buildGraph(composed(c), xNames, x0), w).value);
    expect(Math.abs(result.pairingX - result.pairingY)).toBeLessThan(1e-9);
  });

  it("gives ∇h(1, 2) = (10, 5) and g(1, 2) = (3, 2) for lesson example 1 with ∂ℓ/∂y = 1", () => {
    const c = compiled(TEST_COMPOSITIONS[0] ?? { g: "", f: "", x: "" });
    const l = linearizeAt(c, [1, 2]);
    expect(l.u0).toEqual([3, 2]);
    expect(l.y0).toEqual([7]);
    expect(pushPull(c, l, [0.01, 0.02], [1]).gradX).toEqual([10, 5]);
  });

  it("samples the true image from g(x₀) to g(x₀ + Δx)", () => {
    const c = compiled({ g: "[x1^2, x1 + x2]", f: "u1", x: "1, 0" });
    const l = linearizeAt(c, [1, 0]);
    const { uCurve } = pushPull(c, l, [1, 1], [1]);
    expect(uCurve).toHaveLength(CURVE_SAMPLES + 1);
    expect(uCurve[0]).toEqual([1, 1]);
    expect(uCurve[CURVE_SAMPLES]).toEqual([4, 3]);
  });

  it("marks the outer derivative as taken at g(x₀): Df of lesson example 1 is [1, 2u₂] at u₂ = 2", () => {
    const c = compiled(TEST_COMPOSITIONS[0] ?? { g: "", f: "", x: "" });
    expect(linearizeAt(c, [1, 2]).df).toEqual([[1, 4]]);
  });
});
