import { useLayoutEffect } from "react";

/** The User Timing names the drag benchmark reads (bench/browser/canvas-drag.ts). */
const INPUT_MARK = "canvas-input";
/** One entry per committed frame of a drag: from the pointer event to the DOM updated. */
export const FRAME_MEASURE = "canvas-frame";

let pending = false;

/** Notes when a drag event arrives, so the frame it causes can be timed. */
export function markInput(): void {
  performance.mark(INPUT_MARK);
  pending = true;
}

/**
 * After each commit that a drag caused, records the work from the event to the updated DOM as a
 * performance measure. A layout effect runs before the browser paints, so style, layout and paint
 * are not in it: the benchmark adds those from its own timing of the frame.
 */
export function useFrameTiming(): void {
  useLayoutEffect(() => {
    if (!pending) return;
    pending = false;
    performance.measure(FRAME_MEASURE, INPUT_MARK);
  });
}
