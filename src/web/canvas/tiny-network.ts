import { graphOf, matVec, transpose, vjp, Value, type Matrix } from "../../core/math";

/** The parameters of x → a = Wx + b → h = σ(a) → ℓ = cᵀh (lesson, the tiny network). */
export interface NetworkParameters {
  readonly W: Matrix;
  readonly b: readonly number[];
  readonly c: readonly number[];
}

/** The lesson's example S14-b: at x = (2, 1) it gives ℓ = 10 and ∇ₓℓ = (7, −14). */
export const LESSON_NETWORK: NetworkParameters = {
  W: [
    [1, -2],
    [1, -2],
    [-1, 2],
  ],
  b: [0, Math.log(3), -Math.log(3)],
  c: [4, 16, -16],
};

/** The forward values, each block's local Jacobian, and every gradient of ℓ, all from core. */
export interface NetworkPass {
  readonly x: readonly number[];
  readonly a: number[];
  readonly h: number[];
  readonly loss: number;
  /** ∂a/∂x = W (m×n), ∂h/∂a = Diag(σ′(a)) (m×m), ∂ℓ/∂h = cᵀ (1×m). */
  readonly jacobians: { readonly W: Matrix; readonly diag: number[][]; readonly cT: number[][] };
  readonly grad: {
    readonly h: number[];
    readonly a: number[];
    readonly x: number[];
    readonly W: number[][];
    readonly b: number[];
    readonly c: number[];
  };
}

/** A value read back from core's graph; a missing one is a bug in the builder below. */
const at = <T>(list: readonly T[], k: number): T => {
  const v = list[k];
  if (v === undefined) throw new Error(`tiny network: no entry ${k}`);
  return v;
};

/**
 * Builds the network as one core autodiff graph with x, W, b and c all as inputs, so a single
 * backward sweep (vjp with ∂ℓ/∂ℓ = 1) gives every gradient, as backprop does.
 */
export function runNetwork(params: NetworkParameters, x: readonly number[]): NetworkPass {
  const xs = x.map((v, j) => Value.input(v, `x${j + 1}`));
  const Ws = params.W.map((row, i) => row.map((v, j) => Value.input(v, `W${i + 1}${j + 1}`)));
  const bs = params.b.map((v, i) => Value.input(v, `b${i + 1}`));
  const cs = params.c.map((v, i) => Value.input(v, `c${i + 1}`));
  const a = Ws.map((row, i) => row.reduce((sum, w, j) => sum.add(w.mul(at(xs, j))), at(bs, i)));
  const h = a.map((ai) => ai.sigma());
  const loss = h.reduce((sum, hi, i) => sum.add(at(cs, i).mul(hi)), Value.constant(0));
  const inputs = [...xs, ...Ws.flat(), ...bs, ...cs];
  const gradient = vjp(graphOf(inputs, [loss]), [1]).value;
  const n = x.length;
  const m = a.length;
  const slice = (from: number, count: number) => gradient.slice(from, from + count);
  // σ′(aᵢ) is the local derivative core's σ node carries; Diag(σ′(a)) is symmetric, but the
  // pullback still goes through its transpose, as every block's does.
  const sigmaPrime = h.map((hi) => at(hi.localDerivatives, 0));
  const diag = sigmaPrime.map((s, i) => sigmaPrime.map((_, k) => (k === i ? s : 0)));
  const cT = [[...params.c]];
  const gradH = matVec(transpose(cT), [1]);
  return {
    x,
    a: a.map((v) => v.data),
    h: h.map((v) => v.data),
    loss: loss.data,
    jacobians: { W: params.W, diag, cT },
    grad: {
      h: gradH,
      a: matVec(transpose(diag), gradH),
      x: slice(0, n),
      W: Array.from({ length: m }, (_, i) => slice(n + i * n, n)),
      b: slice(n + m * n, m),
      c: slice(n + m * n + m, m),
    },
  };
}
