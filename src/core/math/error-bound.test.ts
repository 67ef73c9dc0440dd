import { describe, expect, it } from "vitest";
import { compileErrorBound } from "./error-bound";
import { parseExpression } from "./parse-expression";

const bound = (text: string, x: number): number => {
  const parsed = parseExpression(text, { variables: ["x"] });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return compileErrorBound(parsed.value, ["x"])([x]);
};

describe("compileErrorBound", () => {
  it("is a few roundings of the value for plain arithmetic", () => {
    const e = bound("x*x + 2x", 3);
    expect(e).toBeGreaterThan(0);
    expect(e).toBeLessThan(10 * Number.EPSILON * 15);
  });

  it("covers the cancellation in (x+1)^2 - x^2 - 2x at a large x", () => {
    const x = 123456.789;
    const computed = (x + 1) ** 2 - x ** 2 - 2 * x;
    expect(Math.abs(computed - 1)).toBeGreaterThan(1e-10);
    expect(bound("(x+1)^2 - x^2 - 2x", x)).toBeGreaterThanOrEqual(Math.abs(computed - 1));
  });

  it("covers the rounding of pi inside sin(pi*x) at an integer", () => {
    expect(bound("sin(pi*x)", 1)).toBeGreaterThanOrEqual(Math.abs(Math.sin(Math.PI)));
  });

  it("scales with the value for a product of tiny numbers, so tiny values stay comparable", () => {
    const e = bound("1e-50*sin(x)", 1);
    expect(e).toBeGreaterThan(0);
    expect(e).toBeLessThan(1e-64);
  });

  it("is large relative to the value where rounding before a function is amplified", () => {
    // 1 + 1e-10 keeps only about 6 of its digits beyond the 1, and log passes that error on.
    expect(bound("log(1 + 1e-10*x)", 1) / 1e-10).toBeGreaterThan(1e-7);
    expect(bound("log(2 + x)", 1) / Math.log(3)).toBeLessThan(1e-14);
  });
});
