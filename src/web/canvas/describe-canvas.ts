import type { CanvasState } from "./canvas-state";
import { formatNumber, formatVector } from "./format-number";
import { describeLearnerArrow, type LearnerArrow } from "./learner-arrow";
import type { Linearization } from "./linearization";
import type { PushPull } from "./push-pull";

/**
 * The three boxes in one sentence for the live region, so a learner who cannot see the arrows
 * hears the vectors and the check that the two directions agree, and the learner's answer beside
 * the truth when it is drawn.
 */
export function describeThreeBoxes(
  state: CanvasState,
  l: Linearization,
  pp: PushPull,
  mine?: LearnerArrow,
): string {
  return [
    `At x₀ = ${formatVector(l.x0)}, u₀ = g(x₀) = ${formatVector(l.u0)} and y₀ = ${formatVector(l.y0)}.`,
    `Δx = ${formatVector(state.perturbation)} is pushed to Dg Δx = ${formatVector(pp.du)}`,
    `and Δy = Df Dg Δx = ${formatVector(pp.dy)}.`,
    `The output gradient ${formatVector(state.gradient)} pulls back to ∇ᵤ = ${formatVector(pp.gradU)}`,
    `and ∇ₓ = ${formatVector(pp.gradX)};`,
    `⟨∇ₓ, Δx⟩ = ${formatNumber(pp.pairingX)} and ⟨w, Δy⟩ = ${formatNumber(pp.pairingY)}.`,
    ...(mine === undefined ? [] : [describeLearnerArrow(mine, pp)]),
  ].join(" ");
}
