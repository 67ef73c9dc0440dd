import { useRef, type PointerEvent } from "react";
import { flushSync } from "react-dom";
import { moveFactorTo, rowAt } from "./factor-drag";

/**
 * Pointer handlers that let a factor of an ordering be dragged to another place. The list is
 * reordered as the pointer crosses into another row, so the factor stays under the pointer;
 * presses on a row's own buttons are left to the buttons (the keyboard way).
 */
export function useFactorDrag(
  order: readonly string[],
  onReorder: (order: string[]) => void,
  disabled: boolean,
) {
  // The order as this drag has made it: pointer events can come faster than renders.
  const drag = useRef<{ index: number; order: readonly string[] } | null>(null);
  const onPointerDown = (index: number) => (event: PointerEvent<HTMLLIElement>) => {
    if (disabled || event.button !== 0) return;
    if (event.target instanceof Element && event.target.closest("button")) return;
    drag.current = { index, order };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLLIElement>) => {
    const list = event.currentTarget.parentElement;
    if (drag.current === null || list === null) return;
    const rows = Array.from(list.children, (row) => row.getBoundingClientRect());
    const to = rowAt(rows, event.clientY);
    if (to === drag.current.index) return;
    const next = moveFactorTo(drag.current.order, drag.current.index, to);
    drag.current = { index: to, order: next };
    // Drawn before the next pointer event, so the rows measured then are the new ones.
    flushSync(() => onReorder(next));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp };
}
