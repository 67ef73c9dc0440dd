import { assertNever } from "../../core/shared";

/** Where the two-way animation is: before, pushing Δx forward, pulling w back, or finished. */
export type SweepPhase = "idle" | "forward" | "backward" | "done";

/** The animation: a phase and how far through it (0 to 1); each sweep crosses two blocks. */
export interface SweepState {
  readonly phase: SweepPhase;
  readonly progress: number;
}

/** What drives the animation: the clock (`tick`), or the learner stepping block by block. */
export type SweepAction =
  | { readonly type: "play" }
  | { readonly type: "tick"; readonly ms: number }
  | { readonly type: "step" }
  | { readonly type: "reset" };

/** One sweep through both blocks takes this long. */
export const SWEEP_MS = 2400;

/** Before the animation starts. */
export const initialSweep: SweepState = { phase: "idle", progress: 0 };

const NEXT: { readonly [P in SweepPhase]: SweepPhase } = {
  idle: "forward",
  forward: "backward",
  backward: "done",
  done: "done",
};

function advance(state: SweepState, by: number): SweepState {
  if (state.phase === "idle" || state.phase === "done") return state;
  const progress = state.progress + by;
  if (progress < 1 - 1e-9) return { ...state, progress };
  return { phase: NEXT[state.phase], progress: 0 };
}

/** The animation's transitions; `step` jumps to the next block, which is all reduced motion does. */
export function sweepReducer(state: SweepState, action: SweepAction): SweepState {
  switch (action.type) {
    case "play":
      return { phase: "forward", progress: 0 };
    case "tick":
      return advance(state, action.ms / SWEEP_MS);
    case "step":
      if (state.phase === "idle" || state.phase === "done")
        return { phase: "forward", progress: 0.5 };
      return advance(state, state.progress < 0.5 ? 0.5 - state.progress : 1 - state.progress);
    case "reset":
      return initialSweep;
    default:
      return assertNever(action);
  }
}

/** How much of each arrow is drawn (0 to 1) and which Jacobian is in use. */
export interface SweepReveal {
  readonly du: number;
  readonly dy: number;
  readonly gradU: number;
  readonly gradX: number;
  readonly active: "Dg" | "Df" | "Dfᵀ" | "Dgᵀ" | null;
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** The forward sweep grows Dg Δx then Df Dg Δx; the backward one Dfᵀw then Dgᵀ Dfᵀ w. */
export function sweepReveal({ phase, progress }: SweepState): SweepReveal {
  const first = clamp01(2 * progress);
  const second = clamp01(2 * progress - 1);
  const firstHalf = progress < 0.5;
  switch (phase) {
    case "idle":
      return { du: 0, dy: 0, gradU: 0, gradX: 0, active: null };
    case "forward":
      return { du: first, dy: second, gradU: 0, gradX: 0, active: firstHalf ? "Dg" : "Df" };
    case "backward":
      return { du: 1, dy: 1, gradU: first, gradX: second, active: firstHalf ? "Dfᵀ" : "Dgᵀ" };
    case "done":
      return { du: 1, dy: 1, gradU: 1, gradX: 1, active: null };
    default:
      return assertNever(phase);
  }
}
