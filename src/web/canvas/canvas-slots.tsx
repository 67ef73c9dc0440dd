import { createPortal } from "react-dom";
import { Link } from "react-router-dom";
import type { CanvasView } from "../../core/course";
import { CompositionCanvas } from "./composition-canvas";
import { compositionText, LESSON_EXAMPLES } from "./lesson-examples";
import { playgroundHref } from "./playground-url";
import { isCanvasView } from "./view-registry";

function LessonCanvas({ view }: { readonly view: CanvasView }) {
  const example = LESSON_EXAMPLES[view];
  return (
    <>
      <CompositionCanvas composition={example} views={[view]} />
      {view !== "tiny-network" && (
        <p className="canvas-open">
          <Link to={playgroundHref(compositionText(example))}>
            Open these functions in the playground
          </Link>
        </p>
      )}
    </>
  );
}

/**
 * Fills the canvas slots of rendered lesson HTML (`<figure class="canvas-slot" data-view>`) with
 * live views, through portals so they share the app's router and styles. Slots naming an
 * unknown view keep their placeholder. A slot keeps its index in `slots` while it is filled.
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
