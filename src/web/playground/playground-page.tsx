import { useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { CompositionCanvas } from "../canvas/composition-canvas";
import { parseComposition, type CompositionText } from "../canvas/composition";
import { readExtras } from "../canvas/learner-answer";
import { readExtrasQuery, readPlaygroundQuery } from "../canvas/playground-url";
import { ALL_VIEWS } from "../canvas/view-registry";
import { CompositionForm } from "./composition-form";

/**
 * `/playground?g=…&f=…&x=…`: type g, f and a point and get every canvas view of f∘g. The URL
 * holds what is drawn, so a lesson or a practice item can open the canvas on its own functions
 * (a practice item adds its Δx and the learner's answer; drawing new functions drops them).
 */
export function PlaygroundPage() {
  const [query, setQuery] = useSearchParams();
  // Keyed on the query string, so the functions are parsed and compiled only when they change.
  const search = query.toString();
  const text = useMemo(() => readPlaygroundQuery(new URLSearchParams(search)), [search]);
  const parsed = useMemo(() => parseComposition(text), [text]);
  const extras = useMemo(
    () => (parsed.ok ? readExtras(readExtrasQuery(new URLSearchParams(search)), parsed.value) : {}),
    [parsed, search],
  );
  const draw = (next: CompositionText) => setQuery({ g: next.g, f: next.f, x: next.x });
  return (
    <main className="page playground">
      <h1>Canvas playground</h1>
      <p>
        Type two functions and a point. The canvas draws x → u = g(x) → y = f(u), with every number
        computed live from what you typed.
      </p>
      {/* Remounted when the query changes; the keys differ, as siblings' keys must. */}
      <CompositionForm
        key={`form ${search}`}
        initial={text}
        error={parsed.ok ? null : parsed.error}
        onSubmit={draw}
      />
      {parsed.ok && (
        <CompositionCanvas
          key={`canvas ${search}`}
          composition={parsed.value}
          views={ALL_VIEWS}
          extras={extras}
        />
      )}
    </main>
  );
}
