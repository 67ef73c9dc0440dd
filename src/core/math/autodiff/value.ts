/** The operation that made a value, shown on the canvas's graph. */
export type ValueOp =
  | "input"
  | "constant"
  | "+"
  | "-"
  | "*"
  | "/"
  | "neg"
  | "^k"
  | "sin"
  | "cos"
  | "tan"
  | "exp"
  | "log"
  | "sqrt"
  | "abs"
  | "tanh"
  | "sigma";

/**
 * One scalar in a computation graph, after micrograd: its forward value (`data`), the op that made
 * it, its parents, and beside each parent the local derivative ∂(this)/∂(parent) at this point.
 * Each op below computes the value and its local rule together, so one can be checked against the
 * other at a glance. Both sweeps only ever multiply by these numbers: forward mode pushes tangents
 * along the edges, reverse mode pulls adjoints back along them. A class because identity matters:
 * a value used twice is one node with two children, and its adjoints must add up.
 */
export class Value {
  /** True when no input is upstream: such a value has derivative 0 and the sweeps skip it. */
  readonly isConstant: boolean;

  private constructor(
    readonly data: number,
    readonly op: ValueOp,
    readonly parents: readonly Value[],
    readonly localDerivatives: readonly number[],
    readonly label: string,
  ) {
    this.isConstant = op === "constant" || (op !== "input" && parents.every((p) => p.isConstant));
  }

  /** An input variable of the graph, such as x₁. */
  static input(data: number, label: string): Value {
    return new Value(data, "input", [], [], label);
  }

  /** A number that is not differentiated, such as a weight held fixed. */
  static constant(data: number, label = String(data)): Value {
    return new Value(data, "constant", [], [], label);
  }

  private static from(data: number, op: ValueOp, parents: Value[], locals: number[]): Value {
    return new Value(data, op, parents, locals, op);
  }

  /** this + other: ∂/∂this = 1, ∂/∂other = 1. */
  add(other: Value): Value {
    return Value.from(this.data + other.data, "+", [this, other], [1, 1]);
  }

  /** this − other: ∂/∂this = 1, ∂/∂other = −1. */
  sub(other: Value): Value {
    return Value.from(this.data - other.data, "-", [this, other], [1, -1]);
  }

  /** this · other: ∂/∂this = other, ∂/∂other = this. */
  mul(other: Value): Value {
    return Value.from(this.data * other.data, "*", [this, other], [other.data, this.data]);
  }

  /** this / other: ∂/∂this = 1/other, ∂/∂other = −this/other². */
  div(other: Value): Value {
    const b = other.data;
    return Value.from(this.data / b, "/", [this, other], [1 / b, -this.data / (b * b)]);
  }

  /** −this: ∂/∂this = −1. */
  neg(): Value {
    return Value.from(-this.data, "neg", [this], [-1]);
  }

  /** this^k for a constant k: ∂/∂this = k · this^(k−1). */
  pow(k: number): Value {
    return Value.from(this.data ** k, "^k", [this], [k * this.data ** (k - 1)]);
  }

  /** sin: ∂/∂this = cos(this). */
  sin(): Value {
    return Value.from(Math.sin(this.data), "sin", [this], [Math.cos(this.data)]);
  }

  /** cos: ∂/∂this = −sin(this). */
  cos(): Value {
    return Value.from(Math.cos(this.data), "cos", [this], [-Math.sin(this.data)]);
  }

  /** tan: ∂/∂this = 1 + tan²(this). */
  tan(): Value {
    const t = Math.tan(this.data);
    return Value.from(t, "tan", [this], [1 + t * t]);
  }

  /** exp: ∂/∂this = exp(this), the value itself. */
  exp(): Value {
    const out = Math.exp(this.data);
    return Value.from(out, "exp", [this], [out]);
  }

  /** Natural log: ∂/∂this = 1/this. */
  log(): Value {
    return Value.from(Math.log(this.data), "log", [this], [1 / this.data]);
  }

  /** Square root: ∂/∂this = 1/(2√this). */
  sqrt(): Value {
    const out = Math.sqrt(this.data);
    return Value.from(out, "sqrt", [this], [1 / (2 * out)]);
  }

  /** |this|: ∂/∂this = sign(this), taken as 0 at 0. */
  abs(): Value {
    return Value.from(Math.abs(this.data), "abs", [this], [Math.sign(this.data)]);
  }

  /** tanh: ∂/∂this = 1 − tanh²(this). */
  tanh(): Value {
    const t = Math.tanh(this.data);
    return Value.from(t, "tanh", [this], [1 - t * t]);
  }

  /** The logistic σ(t) = 1/(1 + e^−t): ∂/∂this = σ(1 − σ). */
  sigma(): Value {
    const s = 1 / (1 + Math.exp(-this.data));
    return Value.from(s, "sigma", [this], [s * (1 - s)]);
  }
}
