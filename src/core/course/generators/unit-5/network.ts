import type { Random } from "../../../shared";
import { binary, num, type Expr } from "../../../math";
import type { Difficulty } from "../../generator";
import {
  ACTIVATIONS,
  drawReadout,
  type Activation,
  type ActivationName,
  type ActivationPoint,
} from "./activation";
import { dotQ, mulQ, rational, type Rational } from "./rational";
import { redraw } from "./redraw";

/**
 * The tiny network of the lesson (Section 9): a = Wx + b, h = σ(a), ℓ = cᵀh, with the point a
 * drawn first from σ's friendly values and b = a − Wx, so that every number on the way is exact.
 */
export interface Network {
  readonly activation: Activation;
  /** m×n integer weights. */
  readonly W: readonly (readonly number[])[];
  readonly x: readonly number[];
  /** The pre-activations the forward pass reaches, one per hidden unit. */
  readonly at: readonly ActivationPoint[];
  readonly b: readonly Expr[];
  readonly c: readonly number[];
}

/** Input and hidden sizes, and activations, by difficulty (2→3→1 up to 3→4→1). */
const LEVELS: Readonly<
  Record<
    Difficulty,
    {
      sizes: readonly (readonly [number, number])[];
      activations: readonly ActivationName[];
      range: number;
    }
  >
> = {
  1: { sizes: [[2, 3]], activations: ["relu", "sigma"], range: 2 },
  2: {
    sizes: [
      [2, 3],
      [2, 4],
    ],
    activations: ["sigma", "relu", "tanh"],
    range: 2,
  },
  3: {
    sizes: [
      [3, 4],
      [3, 3],
    ],
    activations: ["sigma", "tanh"],
    range: 3,
  },
};

/** A network for this difficulty that the caller accepts (redrawn until it does). */
export function drawNetwork(
  random: Random,
  difficulty: Difficulty,
  accept: (net: Network) => boolean,
): Network {
  const level = LEVELS[difficulty];
  const draw = (): Network => {
    const [n, m] = random.pick(level.sizes);
    const activation = ACTIVATIONS[random.pick(level.activations)];
    const int = () => random.int(-level.range, level.range);
    const W = Array.from({ length: m }, () => Array.from({ length: n }, int));
    const x = Array.from({ length: n }, int);
    const at = W.map(() => random.pick(activation.points));
    const c = at.map((point) => drawReadout(random, point));
    const b = at.map((point, i) => shift(point.a, -dot(W[i] ?? [], x)));
    return { activation, W, x, at, b, c };
  };
  const usable = (net: Network) => net.W.every((row) => row.some((w) => w !== 0)) && accept(net);
  return redraw(draw, usable, "drawNetwork");
}

const dot = (u: readonly number[], v: readonly number[]): number =>
  u.reduce((s, ui, i) => s + ui * (v[i] ?? 0), 0);

/** a + k written the way a learner would: "ln 3 − 2" rather than "ln 3 + (−2)". */
function shift(a: Expr, k: number): Expr {
  if (k === 0) return a;
  if (a.kind === "number") return num(a.value + k);
  return binary(k > 0 ? "+" : "-", a, num(Math.abs(k)));
}

/** Wx, the integer part of the pre-activation. */
export const weighted = (net: Network): number[] => net.W.map((row) => dot(row, net.x));

/** h = σ(a). */
export const hidden = (net: Network): Rational[] => net.at.map((p) => p.h);

/** σ′(a). */
export const slopes = (net: Network): Rational[] => net.at.map((p) => p.slope);

/** ℓ = cᵀh. */
export const loss = (net: Network): Rational =>
  dotQ(
    net.c.map((ci) => rational(ci)),
    hidden(net),
  );

/** Elementwise product of a vector of fractions with the readout c: the shape of every ∇ₐℓ variant. */
export const timesReadout = (net: Network, v: readonly Rational[]): Rational[] =>
  v.map((vi, i) => mulQ(vi, rational(net.c[i] ?? 0)));

/** δ = ∇ₐℓ = σ′(a) ⊙ c. */
export const delta = (net: Network): Rational[] => timesReadout(net, slopes(net));

/** Wᵀv, pulling a gradient at a back to x. */
export function pullBack(net: Network, v: readonly Rational[]): Rational[] {
  return (net.W[0] ?? []).map((_, j) =>
    dotQ(
      net.W.map((row) => rational(row[j] ?? 0)),
      v,
    ),
  );
}

/** The names of the input variables x1…xn. */
export const inputNames = (net: Network): string[] => net.x.map((_, j) => `x${j + 1}`);

/** Wv, for the mistake of pushing a gradient forward (only defined when W is square). */
export const pushForward = (net: Network, v: readonly Rational[]): Rational[] =>
  net.W.map((row) =>
    dotQ(
      row.map((w) => rational(w)),
      v,
    ),
  );
