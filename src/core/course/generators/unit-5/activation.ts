import type { Random } from "../../../shared";
import { binary, call, negate, num, type Expr } from "../../../math";
import { rational, type Rational } from "./rational";

/** The elementwise nonlinearities of network items, by the name item data uses. */
export type ActivationName = "sigma" | "tanh" | "relu";

/** A pre-activation value at which σ(a) and σ′(a) are friendly fractions. */
export interface ActivationPoint {
  /** a exactly: 0, ±ln 2, ±ln 3, or a nonzero integer for the ReLU. */
  readonly a: Expr;
  readonly h: Rational;
  readonly slope: Rational;
  /** Readout weights c that make σ′(a)·c a friendly number (the sign is drawn separately). */
  readonly readouts: readonly number[];
}

/** What items need to know about one nonlinearity: how to write it, apply it and differentiate it. */
export interface Activation {
  readonly name: ActivationName;
  /** σ as LaTeX, to be followed by a bracketed argument. */
  readonly latex: string;
  /** A Markdown phrase that defines it for the learner. */
  readonly definition: string;
  /** The rule for σ′ as the worked solution states it. */
  readonly slopeRule: string;
  readonly points: readonly ActivationPoint[];
  /** σ applied to an expression, in the operations the input syntax has. */
  apply(arg: Expr): Expr;
  /** σ′ at an arbitrary argument, for mistake M5; absent where M5 cannot show (the ReLU). */
  readonly slopeAt?: (arg: Expr) => Expr;
}

const ln = (k: number): Expr => call("log", num(k));
const point = (a: Expr, h: Rational, slope: Rational, readouts: readonly number[]) => ({
  a,
  h,
  slope,
  readouts,
});

const LOGISTIC: Activation = {
  name: "sigma",
  latex: "\\sigma",
  definition: "the logistic $\\sigma(t) = 1/(1 + e^{-t})$",
  slopeRule: "For the logistic, $\\sigma'(t) = \\sigma(t)\\bigl(1 - \\sigma(t)\\bigr)$.",
  points: [
    point(num(0), rational(1, 2), rational(1, 4), [2, 4, 8]),
    point(ln(3), rational(3, 4), rational(3, 16), [8, 16]),
    point(negate(ln(3)), rational(1, 4), rational(3, 16), [8, 16]),
  ],
  apply: (arg) => call("sigma", arg),
  slopeAt: (arg) => binary("*", call("sigma", arg), binary("-", num(1), call("sigma", arg))),
};

const TANH: Activation = {
  name: "tanh",
  latex: "\\tanh",
  definition: "the hyperbolic tangent $\\tanh$",
  slopeRule: "For $\\tanh$, $\\tanh'(t) = 1 - \\tanh^2(t)$.",
  points: [
    point(num(0), rational(0), rational(1), [1, 2, 3]),
    point(ln(2), rational(3, 5), rational(16, 25), [5]),
    point(negate(ln(2)), rational(-3, 5), rational(16, 25), [5]),
    point(ln(3), rational(4, 5), rational(9, 25), [5]),
    point(negate(ln(3)), rational(-4, 5), rational(9, 25), [5]),
  ],
  apply: (arg) => call("tanh", arg),
  slopeAt: (arg) => binary("-", num(1), binary("^", call("tanh", arg), num(2))),
};

const reluPoint = (a: number): ActivationPoint =>
  point(num(a), rational(Math.max(0, a)), rational(a > 0 ? 1 : 0), [1, 2, 3]);

const RELU: Activation = {
  name: "relu",
  latex: "\\operatorname{ReLU}",
  definition: "$\\operatorname{ReLU}(t) = \\max(0, t)$",
  slopeRule: "$\\operatorname{ReLU}'(t)$ is $1$ for $t > 0$ and $0$ for $t < 0$.",
  points: [-3, -2, -1, 1, 2, 3].map(reluPoint),
  // max(0, t) = (t + |t|)/2, so that data functions stay in the input syntax.
  apply: (arg) => binary("/", binary("+", arg, call("abs", arg)), num(2)),
};

/** Every activation by name. */
export const ACTIVATIONS: { readonly [N in ActivationName]: Activation } = {
  sigma: LOGISTIC,
  tanh: TANH,
  relu: RELU,
};

/** A readout weight for this point: one of its friendly values with a random sign. */
export function drawReadout(random: Random, at: ActivationPoint): number {
  return random.pick(at.readouts) * random.pick([1, -1]);
}
