import { matVec } from "../../core/math";
import { assertNever } from "../../core/shared";
import { formatVector } from "./format-number";
import type { LearnerAnswer } from "./learner-answer";
import type { PushPull } from "./push-pull";

/** Where the learner's answer is drawn: as an arrow in one of the three boxes. */
export interface LearnerArrow {
  readonly box: "x" | "u" | "y";
  readonly vector: readonly number[];
  /** The readout's label for the arrow. */
  readonly label: string;
}

/**
 * The learner's answer as an arrow beside the true one: a guess at Dg sends the current Δx into
 * the u box beside Dg Δx; a guess at Δy or ∇ₓ is drawn as given beside Δy or ∇ₓ.
 */
export function learnerArrow(mine: LearnerAnswer, dx: readonly number[]): LearnerArrow {
  switch (mine.of) {
    case "dg":
      return { box: "u", vector: matVec(mine.matrix, dx), label: "your answer × Δx" };
    case "dy":
      return { box: "y", vector: mine.vector, label: "your Δy" };
    case "grad-x":
      return { box: "x", vector: mine.vector, label: "your ∇ₓ" };
    default:
      return assertNever(mine);
  }
}

/** The learner's arrow beside the true one, in one sentence for the live region. */
export function describeLearnerArrow(arrow: LearnerArrow, pp: PushPull): string {
  const yours = formatVector(arrow.vector);
  switch (arrow.box) {
    case "u":
      return `Your answer sends Δx to ${yours}, where Dg sends it to ${formatVector(pp.du)}.`;
    case "y":
      return `Your answer is Δy = ${yours}, where Df Dg Δx = ${formatVector(pp.dy)}.`;
    case "x":
      return `Your answer is ∇ₓ = ${yours}, where pulling w back gives ${formatVector(pp.gradX)}.`;
    default:
      return assertNever(arrow.box);
  }
}
