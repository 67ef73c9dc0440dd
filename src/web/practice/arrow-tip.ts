import { arrowStep } from "../../core/grading";
import { assertNever } from "../../core/shared";
import type { CanvasAction } from "../canvas/canvas-state";
import { formatVector } from "../canvas/format-number";

/**
 * Which coordinates each drawn panel moves: a plane for ℝ², otherwise one number line per
 * coordinate (ℝ³ as three bars, since a drag on a projected 3-D picture cannot reach depth).
 */
export function arrowPanels(dimension: number): number[][] {
  if (dimension === 2) return [[0, 1]];
  return Array.from({ length: dimension }, (_, k) => [k]);
}

/** Rounds away the float dust of repeated steps, so keyboard values stay exact to read. */
const tidy = (v: number): number => Math.round(v * 1e12) / 1e12;

/** The tip after a panel's handle moved; `coords` are the tip's coordinates that panel shows. */
function moved(
  tip: readonly number[],
  action: CanvasAction,
  coords: readonly number[],
  span: number,
): number[] {
  const next = [...tip];
  const add = (k: number | undefined, d: number) => {
    if (k !== undefined && k < next.length) next[k] = (next[k] ?? 0) + d;
  };
  switch (action.type) {
    case "drag":
      coords.forEach((k, i) => add(k, action.delta[i] ?? 0));
      return next;
    case "nudge":
      add(coords[action.axis], action.direction * arrowStep(span, action.fine));
      return next;
    case "reset":
      return next;
    default:
      return assertNever(action);
  }
}

/**
 * The arrow's new tip for a drag or key press on one panel: keyboard steps are a twentieth of the
 * box, or a two-hundredth with Shift (so the grader's tolerance is always within reach), and the
 * tip stays inside the box, where the answer always is.
 */
export function moveTip(
  tip: readonly number[],
  action: CanvasAction,
  coords: readonly number[],
  span: number,
): number[] {
  const half = span / 2;
  return moved(tip, action, coords, span).map((v) => tidy(Math.min(half, Math.max(-half, v))));
}

/** What a screen reader hears as the arrow moves, e.g. "Δy ends at (0.350, -0.200)". */
export const describeArrow = (name: string, tip: readonly number[]): string =>
  `${name} ends at ${formatVector(tip)}`;
