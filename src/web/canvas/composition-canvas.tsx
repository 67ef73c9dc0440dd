import { useMemo, useReducer } from "react";
import type { CanvasView } from "../../core/course";
import { CanvasSection } from "./canvas-section";
import { canvasReducer, initialCanvasState } from "./canvas-state";
import { compileComposition } from "./compiled-composition";
import type { Composition } from "./composition";
import { useFrameTiming } from "./frame-timing";
import type { PlaygroundExtras } from "./learner-answer";
import { Legend } from "./legend";
import { paletteStyle } from "./palette";
import "./canvas.css";

/**
 * The chosen views of one composition, sharing their handles (moving x₀ in one moves it in all),
 * starting from a practice item's Δx and drawing the learner's answer when they are given. Give
 * it a `key` that changes with the composition, so that new functions start from fresh handles.
 */
export function CompositionCanvas({
  composition,
  views,
  extras = {},
}: {
  readonly composition: Composition;
  readonly views: readonly CanvasView[];
  readonly extras?: PlaygroundExtras;
}) {
  const { dx, mine } = extras;
  // Symbolic Jacobians cost milliseconds: once per composition, never per frame.
  const compiled = useMemo(() => compileComposition(composition), [composition]);
  const [state, dispatch] = useReducer(canvasReducer, null, () => {
    const start = initialCanvasState(composition.x0, composition.f.length);
    return dx === undefined ? start : { ...start, perturbation: dx };
  });
  // Here, above every view, so that a frame is timed once all the views it changed are committed.
  useFrameTiming();
  return (
    <div className="canvas" style={paletteStyle}>
      <Legend mine={mine !== undefined} />
      {views.map((view) => (
        <CanvasSection
          key={view}
          view={view}
          titled={views.length > 1}
          compiled={compiled}
          state={state}
          dispatch={dispatch}
          home={composition.x0}
          mine={mine}
        />
      ))}
    </div>
  );
}
