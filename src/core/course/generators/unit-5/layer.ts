import type { Random } from "../../../shared";
import { evaluateExpr, toInputSyntax, type Expr } from "../../../math";
import type { ItemFunction } from "../../item";
import type { Difficulty } from "../../generator";
import { redraw } from "./redraw";
import {
  ACTIVATIONS,
  drawReadout,
  type Activation,
  type ActivationName,
  type ActivationPoint,
} from "./activation";

/** An elementwise block h = σ(a) at a friendly point a, with a readout c for ℓ = cᵀh. */
export interface Layer {
  readonly activation: Activation;
  readonly at: readonly ActivationPoint[];
  readonly c: readonly number[];
}

/** Widths and activations by difficulty: the ReLU and the logistic first, tanh later. */
const LEVELS: Readonly<
  Record<Difficulty, { widths: readonly number[]; activations: readonly ActivationName[] }>
> = {
  1: { widths: [2], activations: ["relu", "sigma"] },
  2: { widths: [3], activations: ["sigma", "tanh", "relu"] },
  3: { widths: [3, 4], activations: ["sigma", "tanh"] },
};

/** A layer for this difficulty that the caller accepts (redrawn until it does). */
export function drawLayer(
  random: Random,
  difficulty: Difficulty,
  accept: (layer: Layer) => boolean,
): Layer {
  const level = LEVELS[difficulty];
  const draw = (): Layer => {
    const activation = ACTIVATIONS[random.pick(level.activations)];
    const at = Array.from({ length: random.pick(level.widths) }, () =>
      random.pick(activation.points),
    );
    return { activation, at, c: at.map((p) => drawReadout(random, p)) };
  };
  return redraw(draw, accept, "drawLayer");
}

/** The names a1…ak of the pre-activations. */
export const preActivationNames = (layer: Layer): string[] => layer.at.map((_, i) => `a${i + 1}`);

/** The fields of a layer's data: σ by name, a as exact text, and a as a numeric point. */
export function layerData(layer: Layer, fn: ItemFunction) {
  const names = preActivationNames(layer);
  return {
    activation: layer.activation.name,
    a: layer.at.map((p) => toInputSyntax(p.a)),
    functions: [fn],
    point: Object.fromEntries(
      names.map((name, i) => [name, evaluateExpr(layer.at[i]?.a as Expr, {})]),
    ),
  };
}
