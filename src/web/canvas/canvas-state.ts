import { assertNever } from "../../core/shared";

/** The handles a learner moves: the point x₀, the perturbation Δx, the output gradient w, the radius. */
export type HandleId = "point" | "perturbation" | "gradient" | "radius";

/** Where the handles are; every view of one composition shares it. */
export interface CanvasState {
  readonly point: readonly number[];
  readonly perturbation: readonly number[];
  readonly gradient: readonly number[];
  /** A one-entry vector, so that it moves like every other handle. */
  readonly radius: readonly number[];
}

/** What a learner can do to the handles. */
export type CanvasAction =
  | { readonly type: "drag"; readonly handle: HandleId; readonly delta: readonly number[] }
  | {
      readonly type: "nudge";
      readonly handle: HandleId;
      readonly axis: number;
      readonly direction: 1 | -1;
      readonly fine: boolean;
    }
  | { readonly type: "reset"; readonly state: CanvasState };

/** A keyboard step moves a handle by 0.1, or by 0.01 with Shift held. */
const STEP = 0.1;
/** The finer keyboard step, with Shift. */
const FINE_STEP = 0.01;
/** The circle of perturbations never shrinks to nothing, so that its image stays visible. */
export const MIN_RADIUS = 0.01;

/** The handles at their start: Δx along the first axis, ∂ℓ/∂y = 1 in every output. */
export function initialCanvasState(point: readonly number[], outputs: number): CanvasState {
  return {
    point,
    perturbation: point.map((_, j) => (j === 0 ? 0.5 : 0)),
    gradient: Array.from({ length: outputs }, () => 1),
    radius: [0.5],
  };
}

/** Rounds away the float dust of repeated steps (0.1 + 0.2), so keyboard values stay exact to read. */
const tidy = (v: number): number => Math.round(v * 1e12) / 1e12;

function moved(value: readonly number[], delta: readonly number[]): number[] {
  return value.map((v, j) => tidy(v + (delta[j] ?? 0)));
}

function withHandle(state: CanvasState, handle: HandleId, value: number[]): CanvasState {
  if (handle === "radius") return { ...state, radius: [Math.max(MIN_RADIUS, value[0] ?? 0)] };
  return { ...state, [handle]: value };
}

/** The canvas's transitions: drags move by a delta, keys by a step along one axis. */
export function canvasReducer(state: CanvasState, action: CanvasAction): CanvasState {
  switch (action.type) {
    case "drag":
      return withHandle(state, action.handle, moved(state[action.handle], action.delta));
    case "nudge": {
      const current = state[action.handle];
      if (action.axis >= current.length) return state;
      const step = action.direction * (action.fine ? FINE_STEP : STEP);
      const delta = current.map((_, j) => (j === action.axis ? step : 0));
      return withHandle(state, action.handle, moved(current, delta));
    }
    case "reset":
      return action.state;
    default:
      return assertNever(action);
  }
}
