import { useMemo, type Dispatch } from "react";
import type { CanvasAction, CanvasState } from "./canvas-state";
import type { CompiledComposition } from "./compiled-composition";
import { describeThreeBoxes } from "./describe-canvas";
import type { LearnerAnswer } from "./learner-answer";
import { learnerArrow } from "./learner-arrow";
import { isDefined, linearizeAt } from "./linearization";
import { pushPull } from "./push-pull";
import { ThreeBoxesFigure } from "./three-boxes-figure";
import { ThreeBoxesReadouts } from "./three-boxes-readouts";

/**
 * Three boxes x → u → y: drag x₀ and Δx, see Dg Δx and Df Dg Δx beside the true images, and the
 * output gradient pulled back through Dfᵀ and Dgᵀ, with ⟨∇ₓ, Δx⟩ = ⟨w, Δy⟩ shown to agree. With a
 * learner's wrong answer, it is drawn beside the true arrow it guesses.
 */
export function ThreeBoxesView({
  compiled,
  state,
  dispatch,
  home,
  mine,
}: {
  readonly compiled: CompiledComposition;
  readonly state: CanvasState;
  readonly dispatch: Dispatch<CanvasAction>;
  readonly home: readonly number[];
  readonly mine?: LearnerAnswer | undefined;
}) {
  const l = useMemo(() => linearizeAt(compiled, state.point), [compiled, state.point]);
  const pp = useMemo(
    () => pushPull(compiled, l, state.perturbation, state.gradient),
    [compiled, l, state.perturbation, state.gradient],
  );
  const arrow = useMemo(
    () => (mine === undefined ? undefined : learnerArrow(mine, state.perturbation)),
    [mine, state.perturbation],
  );
  return (
    <div className="canvas-view three-boxes">
      <ThreeBoxesFigure state={state} l={l} pp={pp} mine={arrow} dispatch={dispatch} home={home} />
      {!isDefined(l) && (
        <p className="error">
          g or f is undefined at this x₀ (outside its domain), so nothing is drawn: move the point
          back.
        </p>
      )}
      <ThreeBoxesReadouts state={state} l={l} pp={pp} mine={arrow} />
      <p className="live-description" role="status">
        {describeThreeBoxes(state, l, pp, arrow)}
      </p>
    </div>
  );
}
