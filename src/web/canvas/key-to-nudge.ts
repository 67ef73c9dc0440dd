import type { CanvasAction, HandleId } from "./canvas-state";

const AXES: Readonly<Record<string, readonly [number, 1 | -1]>> = {
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  ArrowUp: [1, 1],
  ArrowDown: [1, -1],
  PageUp: [2, 1],
  PageDown: [2, -1],
};

/**
 * The nudge a key press asks of a handle of dimension `dim`: ←/→ move the first coordinate, ↑/↓
 * the second (the only one on a number line), PageUp/PageDown the third; Shift makes the step finer.
 * Other keys give null, so the browser keeps them (Tab must still leave the handle).
 */
export function keyToNudge(
  key: string,
  shiftKey: boolean,
  handle: HandleId,
  dim: number,
): CanvasAction | null {
  const entry = AXES[key];
  if (entry === undefined) return null;
  const [axis, direction] = entry;
  const onLine = dim === 1 && axis === 1 ? 0 : axis;
  if (onLine >= dim) return null;
  return { type: "nudge", handle, axis: onLine, direction, fine: shiftKey };
}
