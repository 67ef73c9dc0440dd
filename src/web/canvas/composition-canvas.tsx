import { useMemo, useReducer } from "react";
import type { CanvasView } from "../../core/course";
import { CanvasSection } from "./canvas-section";
import { canvasReducer, initialCanvasState } from "./canvas-state";
import { compileComposition } from "./compiled-composition";
import type { Composition } from "./composition";
import { useFrameTiming } from "./frame-timing";
import { Legend } from "./legend";
import { paletteStyle } from "./palette";
import "./canvas.css";

/**
 * The chosen views of one composition, sharing their handles (moving x₀ in one moves it in all).
 * Give it a `key` that changes with the composition, so that new functions start from fresh handles.
 */
export function CompositionCanvas({
  composition,
  views,
}: {
  readonly composition: Composition;
  readonly views: readonly CanvasView[];
}) {
  // Symbolic Jacobians cost milliseconds: once per composition, never per frame.
  const compiled = useMemo(() => compileComposition(composition), [composition]);
  const [state, dispatch] = useReducer(canvasReducer, null, () =>
    initialCanvasState(composition.x0, composition.f.length),
  );
  // Here, above every view, so that a frame is timed once all the views it changed are committed.
  useFrameTiming();
  return (
    <div className="canvas" style={paletteStyle}>
      <Legend />
      {views.map((view) => (
        <CanvasSection
          key={view}
          view={view}
          titled={views.length > 1}
          compiled={compiled}
          state={state}
          dispatch={dispatch}
          home={composition.x0}
        />
      ))}
    </div>
  );
}
