import { memo, useState } from "react";
import type { CanvasView } from "../../core/course";
import { useOnScreen } from "./use-on-screen";
import { VIEW_REGISTRY, type ViewProps } from "./view-registry";

/** A view, redrawn only when its props change. */
const ViewBody = memo(function ViewBody({
  view,
  ...props
}: ViewProps & { readonly view: CanvasView }) {
  return VIEW_REGISTRY[view].render(props);
});

/**
 * One view of the canvas in its own section. Off screen it keeps the handles it last drew, so a
 * drag in another view costs it nothing; it catches up as soon as it scrolls into sight.
 */
export function CanvasSection({
  view,
  titled,
  ...props
}: ViewProps & { readonly view: CanvasView; readonly titled: boolean }) {
  const [observe, onScreen] = useOnScreen<HTMLElement>();
  const [shown, setShown] = useState(props.state);
  // Adjusting state while rendering, as React advises for values derived from earlier renders.
  if (onScreen && shown !== props.state) setShown(props.state);
  return (
    <section
      ref={observe}
      className="canvas-section"
      data-view={view}
      aria-label={VIEW_REGISTRY[view].title}
    >
      {titled && <h2>{VIEW_REGISTRY[view].title}</h2>}
      <ViewBody view={view} {...props} state={shown} />
    </section>
  );
}
