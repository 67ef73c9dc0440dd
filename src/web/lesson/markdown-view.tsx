import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { keepOverflowFocusable } from "../shared/keep-overflow-focusable";
import { renderMarkdown } from "./render-markdown";
import { whenNearView } from "./when-near-view";

// The canvas is its own chunk, with math.js's symbolic engine (about 100 kB gzipped): fetched
// only once a `::: canvas` slot comes near the viewport, after the text is on screen, so it never
// delays a lesson's first paint (scripts/check-bundle-budget.ts counts it apart).
const CanvasSlots = lazy(() =>
  import("../canvas/canvas-slots").then((m) => ({ default: m.CanvasSlots })),
);

/**
 * Lesson-style Markdown with math, as HTML; raw HTML in the source is escaped by the parser.
 * Canvas slots in it are filled with live canvas views as they come near the viewport.
 */
export function MarkdownView({
  markdown,
  className,
}: {
  readonly markdown: string;
  readonly className?: string;
}) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  const [slots, setSlots] = useState<readonly HTMLElement[]>([]);
  // A callback ref keyed on the HTML runs once the new HTML is in the page, so the slots and
  // formulas found are those on screen. Slots are appended as they come near, so each keeps its
  // index (its portal's key) once filled.
  const watch = useCallback(
    (root: HTMLDivElement | null) => {
      if (root === null) return;
      setSlots([]);
      if (html === "") return;
      const all = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
      const stopSlots = whenNearView(all("figure.canvas-slot"), (slot) =>
        setSlots((filled) => [...filled, slot]),
      );
      const stopFormulas = keepOverflowFocusable(all(".katex-display"));
      return () => {
        stopSlots();
        stopFormulas();
      };
    },
    [html],
  );
  return (
    <>
      <div
        ref={watch}
        className={className ?? "prose"}
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {slots.length > 0 && (
        <Suspense fallback={null}>
          <CanvasSlots slots={slots} />
        </Suspense>
      )}
    </>
  );
}
