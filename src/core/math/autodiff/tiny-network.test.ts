import { describe, expect, it } from "vitest";
import { finiteDifferenceJacobian } from "../finite-difference";
import { jvp } from "./forward-mode";
import { graphOf } from "./graph";
import { vjp } from "./reverse-mode";
import { Value } from "./value";

interface Network {
  readonly W: readonly (readonly number[])[];
  readonly b: readonly number[];
  readonly c: readonly number[];
}

/**
 * The tiny network x → a = Wx + b → h = σ(a) → ℓ = cᵀh (lesson, Section 9), built node by node.
 * x, W, b and c are all inputs, in that order, so one backward sweep gives every gradient.
 */
function tinyNetwork({ W, b, c }: Network, x: readonly number[]) {
  const xs = x.map((v, j) => Value.input(v, `x${j + 1}`));
  const Ws = W.map((row, i) => row.map((v, j) => Value.input(v, `W${i + 1}${j + 1}`)));
  const bs = b.map((v, i) => Value.input(v, `b${i + 1}`));
  const cs = c.map((v, i) => Value.input(v, `c${i + 1}`));
  const a = Ws.map((row, i) =>
    row.reduce((sum, w, j) => sum.add(w.mul(xs[j] as Value)), bs[i] as Value),
  );
  const h = a.map((ai) => ai.sigma());
  const loss = h.reduce((sum, hi, i) => sum.add((cs[i] as Value).mul(hi)), Value.constant(0));
  return graphOf([...xs, ...Ws.flat(), ...bs, ...cs], [loss]);
}

/** Splits a gradient over [x, W, b, c] back into its parts. */
function split(gradient: readonly number[], n: number, m: number) {
  const W = Array.from({ length: m }, (_, i) => gradient.slice(n + i * n, n + (i + 1) * n));
  return {
    x: gradient.slice(0, n),
    W,
    b: gradient.slice(n + m * n, n + m * n + m),
    c: gradient.slice(n + m * n + m),
  };
}

const ln3 = Math.log(3);
const S11B = {
  net: {
    W: [
      [1, 0],
      [0, 1],
      [1, 1],
    ],
    b: [0, ln3, -ln3],
    c: [4, 16, -16],
  },
  x: [0, 0],
};
const S14B = {
  net: {
    W: [
      [1, -2],
      [1, -2],
      [-1, 2],
    ],
    b: [0, ln3, -ln3],
    c: [4, 16, -16],
  },
  x: [2, 1],
};

const expectAllClose = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 12));
};

describe("backprop through the tiny network", () => {
  it("gives ℓ = 10 and ∇ₓℓ = (−2, 0) for S11-b", () => {
    const graph = tinyNetwork(S11B.net, S11B.x);
    expect(graph.outputs[0]?.data).toBeCloseTo(10, 12);
    expectAllClose(split(vjp(graph, [1]).value, 2, 3).x, [-2, 0]);
  });

  it("gives ∇ₓℓ = (7, −14), ∇_W ℓ = δxᵀ, ∇_b ℓ = δ = (1, 3, −3) and ∇_c ℓ = h for S14-b", () => {
    const graph = tinyNetwork(S14B.net, S14B.x);
    const gradient = split(vjp(graph, [1]).value, 2, 3);
    expect(graph.outputs[0]?.data).toBeCloseTo(10, 12);
    expectAllClose(gradient.x, [7, -14]);
    expectAllClose(gradient.W.flat(), [2, 1, 6, 3, -6, -3]);
    expectAllClose(gradient.b, [1, 3, -3]);
    expectAllClose(gradient.c, [1 / 2, 3 / 4, 1 / 4]);
  });

  it.each([
    { name: "S11-b", ...S11B },
    { name: "S14-b", ...S14B },
  ])("pairs ⟨∇ₓℓ, Δx⟩ with the JVP along Δx for $name", ({ net, x }) => {
    const graph = tinyNetwork(net, x);
    const gradient = vjp(graph, [1]).value;
    const dx = [0.1, 0.2, ...gradient.slice(2).map(() => 0)];
    const pushed = jvp(graph, dx).value[0] ?? NaN;
    expect(pushed).toBeCloseTo((gradient[0] ?? NaN) * 0.1 + (gradient[1] ?? NaN) * 0.2, 12);
  });

  it("matches central differences of ℓ in every input and parameter", () => {
    const params = [...S14B.x, ...S14B.net.W.flat(), ...S14B.net.b, ...S14B.net.c];
    const loss = (p: readonly number[]) => {
      const { x, W, b, c } = split(p, 2, 3);
      return tinyNetwork({ W, b, c }, x).outputs.map((o) => o.data);
    };
    const fd = finiteDifferenceJacobian(loss, params)[0] ?? [];
    vjp(tinyNetwork(S14B.net, S14B.x), [1]).value.forEach((g, k) =>
      expect(g).toBeCloseTo(fd[k] ?? NaN, 6),
    );
  });
});
