import type { CanvasState } from "./canvas-state";
import { formatNumber } from "./format-number";
import type { Linearization } from "./linearization";
import { trueChange, type PushPull } from "./push-pull";
import type { LearnerArrow } from "./learner-arrow";
import { Readout } from "./readout";

/** The numbers of the three boxes beside the picture: each arrow, its true counterpart, the pairing. */
export function ThreeBoxesReadouts({
  state,
  l,
  pp,
  mine,
}: {
  readonly state: CanvasState;
  readonly l: Linearization;
  readonly pp: PushPull;
  readonly mine: LearnerArrow | undefined;
}) {
  return (
    <div className="readouts">
      <Readout name="x0" label="x₀" values={l.x0} tone="tone-point" />
      <Readout name="dx" label="Δx" values={state.perturbation} tone="tone-perturbation" />
      <Readout name="u0" label="u₀ = g(x₀)" values={l.u0} tone="tone-point" />
      <Readout name="du" label="Dg Δx" values={pp.du} tone="tone-linear" />
      <Readout
        name="true-du"
        label="g(x₀+Δx) − g(x₀)"
        values={trueChange(pp.uCurve)}
        tone="tone-true"
      />
      <Readout name="dy" label="Δy = Df Dg Δx" values={pp.dy} tone="tone-linear" />
      <Readout
        name="true-dy"
        label="f(g(x₀+Δx)) − f(g(x₀))"
        values={trueChange(pp.yCurve)}
        tone="tone-true"
      />
      <Readout name="w" label="w = ∂ℓ/∂y" values={state.gradient} tone="tone-gradient" />
      <Readout name="grad-u" label="∇ᵤ = Dfᵀ w" values={pp.gradU} tone="tone-gradient" />
      <Readout name="grad-x" label="∇ₓ = Dgᵀ Dfᵀ w" values={pp.gradX} tone="tone-gradient" />
      {mine && <Readout name="mine" label={mine.label} values={mine.vector} tone="tone-mine" />}
      <p
        className="pairing"
        data-readout="pairing"
        data-values={JSON.stringify([pp.pairingX, pp.pairingY])}
      >
        ⟨∇ₓ, Δx⟩ = <span className="value">{formatNumber(pp.pairingX)}</span> and ⟨w, Δy⟩ ={" "}
        <span className="value">{formatNumber(pp.pairingY)}</span>: the same number, by the
        transpose.
      </p>
    </div>
  );
}
