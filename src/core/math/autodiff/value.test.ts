import { describe, expect, it } from "vitest";
import { Value } from "./value";

/** Each op as a function of one input, so its local rule can be checked by central differences. */
const UNARY: readonly { name: string; at: number; op: (v: Value) => Value }[] = [
  { name: "add", at: 0.7, op: (v) => v.add(Value.constant(3)) },
  { name: "sub (right side)", at: 0.7, op: (v) => Value.constant(3).sub(v) },
  { name: "mul", at: 0.7, op: (v) => v.mul(Value.constant(-2.5)) },
  { name: "div (numerator)", at: 0.7, op: (v) => v.div(Value.constant(4)) },
  { name: "div (denominator)", at: 0.7, op: (v) => Value.constant(4).div(v) },
  { name: "neg", at: 0.7, op: (v) => v.neg() },
  { name: "pow 3", at: -0.7, op: (v) => v.pow(3) },
  { name: "pow −1/2", at: 1.3, op: (v) => v.pow(-0.5) },
  { name: "sin", at: 0.7, op: (v) => v.sin() },
  { name: "cos", at: 0.7, op: (v) => v.cos() },
  { name: "tan", at: 0.7, op: (v) => v.tan() },
  { name: "exp", at: 0.7, op: (v) => v.exp() },
  { name: "log", at: 0.7, op: (v) => v.log() },
  { name: "sqrt", at: 0.7, op: (v) => v.sqrt() },
  { name: "abs", at: -0.7, op: (v) => v.abs() },
  { name: "tanh", at: 0.7, op: (v) => v.tanh() },
  { name: "sigma", at: 0.7, op: (v) => v.sigma() },
];

describe("Value ops", () => {
  it.each(UNARY)(
    "$name carries a local derivative equal to the slope of its value",
    ({ at, op }) => {
      const h = 1e-6;
      const slope = (op(Value.constant(at + h)).data - op(Value.constant(at - h)).data) / (2 * h);
      const out = op(Value.input(at, "t"));
      const k = out.parents.findIndex((p) => p.op === "input");
      expect(out.localDerivatives[k]).toBeCloseTo(slope, 7);
    },
  );

  it("gives both local derivatives of a product, each the other factor", () => {
    const product = Value.input(3, "a").mul(Value.input(5, "b"));
    expect(product.data).toBe(15);
    expect(product.localDerivatives).toEqual([5, 3]);
  });

  it("computes σ(ln 3) = 3/4 with σ′ = 3/16, as in the tiny network of S11-b", () => {
    const h = Value.constant(Math.log(3)).sigma();
    expect(h.data).toBeCloseTo(0.75, 15);
    expect(h.localDerivatives[0]).toBeCloseTo(3 / 16, 15);
  });

  it.each([
    { what: "a constant", value: Value.constant(2), isConstant: true },
    { what: "an input", value: Value.input(2, "x"), isConstant: false },
    {
      what: "a sum of constants",
      value: Value.constant(2).add(Value.constant(1)),
      isConstant: true,
    },
    {
      what: "a constant times an input",
      value: Value.constant(2).mul(Value.input(1, "x")),
      isConstant: false,
    },
  ])("marks $what as constant: $isConstant", ({ value, isConstant }) => {
    expect(value.isConstant).toBe(isConstant);
  });
});
