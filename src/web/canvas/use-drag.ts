import { useRef, type Dispatch, type KeyboardEvent, type PointerEvent } from "react";
import { flushSync } from "react-dom";
import type { CanvasAction, HandleId } from "./canvas-state";
import { markInput } from "./frame-timing";
import { keyToNudge } from "./key-to-nudge";
import { liftDelta } from "./projection";
import { screen, toWorld, type ScreenPoint, type ViewTransform } from "./view-transform";

/** Where the pointer is, in the viewBox coordinates of the handle's own SVG. */
function viewBoxPoint(event: PointerEvent<SVGElement>): ScreenPoint | null {
  const matrix = event.currentTarget.ownerSVGElement?.getScreenCTM()?.inverse();
  if (!matrix) return null;
  const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
  return screen(p.x, p.y);
}

/** The pointer and key handlers that move one handle of dimension `dim` under the transform `t`. */
export function useDrag(
  t: ViewTransform,
  handle: HandleId,
  dim: number,
  dispatch: Dispatch<CanvasAction>,
) {
  // The last pointer position on screen: both ends of a move are read through the transform of
  // the moment, so a box that rescales mid-drag does not make the handle jump.
  const last = useRef<ScreenPoint | null>(null);
  const onPointerDown = (event: PointerEvent<SVGElement>) => {
    last.current = viewBoxPoint(event);
    if (last.current === null) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
  };
  const onPointerMove = (event: PointerEvent<SVGElement>) => {
    const p = viewBoxPoint(event);
    if (last.current === null || p === null) return;
    markInput();
    const [from, to] = [toWorld(t, last.current), toWorld(t, p)];
    last.current = p;
    const delta = liftDelta(to[0] - from[0], to[1] - from[1], dim);
    // Drawn within this event, before the browser paints the frame: the arrow keeps up with the
    // pointer, and the frame's work is timed as one piece.
    flushSync(() => dispatch({ type: "drag", handle, delta }));
  };
  const onPointerUp = () => {
    last.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<SVGElement>) => {
    const action = keyToNudge(event.key, event.shiftKey, handle, dim);
    if (action === null) return;
    event.preventDefault();
    dispatch(action);
  };
  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onKeyDown };
}
