import { useCallback, useMemo, useReducer } from "react";
import type { CanvasState } from "./canvas-state";
import type { CompiledComposition } from "./compiled-composition";
import { linearizeAt } from "./linearization";
import { pushPull } from "./push-pull";
import { TwoWayBoxes } from "./two-way-boxes";
import { initialSweep, sweepReducer, sweepReveal } from "./sweep-state";
import { useAnimationClock } from "./use-animation-clock";
import { useReducedMotion } from "./use-reduced-motion";

const NARRATION = {
  idle: "Press play: Δx is pushed forward through Dg then Df, then w is pulled back through Dfᵀ then Dgᵀ.",
  Dg: "Forward: Dg(x₀) carries Δx into u-space.",
  Df: "Forward: Df(u₀) carries Dg Δx into y-space: that is Δy.",
  Dfᵀ: "Backward: Dfᵀ pulls the output gradient w back to u-space.",
  Dgᵀ: "Backward: Dgᵀ pulls it on to x-space: that is ∇ₓ.",
  done: "Both sweeps done: ⟨∇ₓ, Δx⟩ equals ⟨w, Δy⟩.",
} as const;

/**
 * The two-way animation: a forward sweep grows Dg Δx then Df Dg Δx, a backward sweep grows
 * Dfᵀw then Dgᵀ Dfᵀ w, each box lit while its Jacobian is in use. With reduced motion the
 * sweeps advance one block per press instead.
 */
export function TwoWayView({
  compiled,
  state,
}: {
  readonly compiled: CompiledComposition;
  readonly state: CanvasState;
}) {
  const reduced = useReducedMotion();
  const [sweep, dispatch] = useReducer(sweepReducer, initialSweep);
  const tick = useCallback((ms: number) => dispatch({ type: "tick", ms }), []);
  const running = !reduced && (sweep.phase === "forward" || sweep.phase === "backward");
  useAnimationClock(running, tick);
  const l = useMemo(() => linearizeAt(compiled, state.point), [compiled, state.point]);
  const pp = useMemo(
    () => pushPull(compiled, l, state.perturbation, state.gradient),
    [compiled, l, state.perturbation, state.gradient],
  );
  const reveal = sweepReveal(sweep);
  const narration = reveal.active ?? (sweep.phase === "done" ? "done" : "idle");
  return (
    <div className="canvas-view two-way">
      <TwoWayBoxes state={state} l={l} pp={pp} reveal={reveal} />
      <div className="stepper">
        {reduced ? (
          <button
            type="button"
            onClick={() => dispatch({ type: "step" })}
            disabled={sweep.phase === "done"}
          >
            Next block
          </button>
        ) : (
          <button type="button" onClick={() => dispatch({ type: "play" })} disabled={running}>
            Play
          </button>
        )}
        <button type="button" className="quiet" onClick={() => dispatch({ type: "reset" })}>
          Reset
        </button>
        <p className="step-note" role="status" data-phase={sweep.phase}>
          {NARRATION[narration]}
        </p>
      </div>
    </div>
  );
}
