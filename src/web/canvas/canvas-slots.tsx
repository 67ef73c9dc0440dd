import { useMemo } from "react";
import { createPortal } from "react-dom";
import { Link } from "react-router-dom";
import type { CanvasView } from "../../core/course";
import { CompositionCanvas } from "./composition-canvas";
import { parseComposition } from "./composition";
import { LESSON_EXAMPLES } from "./lesson-examples";
import { playgroundHref } from "./playground-url";
import { isCanvasView } from "./view-registry";

function LessonCanvas({ view }: { readonly view: CanvasView }) {
  const text = LESSON_EXAMPLES[view];
  const parsed = useMemo(() => parseComposition(text), [text]);
  // The examples are fixed text: one that does not parse is a bug, not the learner's input.
  if (!parsed.ok)
    throw new Error(`Lesson example for ${view} does not parse: ${parsed.error.message}`);
  return (
    <>
      <CompositionCanvas composition={parsed.value} views={[view]} />
      {view !== "tiny-network" && (
        <p className="canvas-open">
          <Link to={playgroundHref(text)}>Open these functions in the playground</Link>
        </p>
      )}
    </>
  );
}

/**
 * Fills the canvas slots of rendered lesson HTML (`<figure class="canvas-slot" data-view>`) with
 * live views, through portals so they share the app's router and styles. Slots naming an
 * unknown view keep their placeholder.
 */
export function CanvasSlots({ slots }: { readonly slots: readonly HTMLElement[] }) {
  return (
    <>
      {slots.map((slot, k) => {
        const view = slot.dataset["view"];
        return isCanvasView(view)
          ? createPortal(<LessonCanvas view={view} />, slot, `slot-${k}`)
          : null;
      })}
    </>
  );
}
