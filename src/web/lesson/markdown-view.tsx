import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { renderMarkdown } from "./render-markdown";

// The canvas is its own chunk, fetched only when a page has a `::: canvas` slot to fill.
const CanvasSlots = lazy(() =>
  import("../canvas/canvas-slots").then((m) => ({ default: m.CanvasSlots })),
);

/**
 * Lesson-style Markdown with math, as HTML; raw HTML in the source is escaped by the parser.
 * Canvas slots in it are filled with live canvas views.
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
  // A callback ref keyed on the HTML runs once the new HTML is in the page, so the slots found
  // are those of the lesson on screen.
  const findSlots = useCallback(
    (root: HTMLDivElement | null) => {
      if (root === null) return;
      setSlots(html === "" ? [] : [...root.querySelectorAll<HTMLElement>("figure.canvas-slot")]);
    },
    [html],
  );
  return (
    <>
      <div
        ref={findSlots}
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
