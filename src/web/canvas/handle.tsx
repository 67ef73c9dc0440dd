import type { Dispatch } from "react";
import type { CanvasAction, HandleId } from "./canvas-state";
import { formatVector } from "./format-number";
import { project } from "./projection";
import { useTransform } from "./transform-context";
import { useDrag } from "./use-drag";
import { toScreen } from "./view-transform";

const KEYS_2D = "ArrowLeft ArrowRight ArrowUp ArrowDown";

/**
 * A draggable, focusable point of the canvas. A drag moves it by the world distance the pointer
 * moved; the arrow keys move it by a step, finer with Shift; its label states where it is.
 */
export function Handle({
  handle,
  at,
  dim,
  label,
  dispatch,
}: {
  readonly handle: HandleId;
  readonly at: readonly number[];
  readonly dim: number;
  readonly label: string;
  readonly dispatch: Dispatch<CanvasAction>;
}) {
  const t = useTransform();
  const handlers = useDrag(t, handle, dim, dispatch);
  const s = toScreen(t, project(at));
  if (!Number.isFinite(s[0]) || !Number.isFinite(s[1])) return null;
  return (
    <g
      className={`handle handle-${handle}`}
      role="button"
      aria-roledescription="draggable handle"
      aria-label={`${label} at ${formatVector(at)}`}
      aria-keyshortcuts={dim === 3 ? `${KEYS_2D} PageUp PageDown` : KEYS_2D}
      data-handle={handle}
      tabIndex={0}
      {...handlers}
    >
      <circle className="handle-hit" cx={s[0]} cy={s[1]} r={14} />
      <circle className="handle-knob" cx={s[0]} cy={s[1]} r={6} />
    </g>
  );
}
