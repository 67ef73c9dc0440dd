// A canvas starts loading this far before it scrolls into view, so that it is usually drawn by
// the time the reader gets there.
const AHEAD = "600px";

/**
 * Calls `onNear` once for each element, when it first comes within reach of the viewport (or is
 * in it already). Returns a function that stops watching.
 */
export function whenNearView<T extends Element>(
  elements: readonly T[],
  onNear: (element: T) => void,
): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const element = elements.find((e) => e === entry.target);
        if (!entry.isIntersecting || element === undefined) continue;
        observer.unobserve(element);
        onNear(element);
      }
    },
    { rootMargin: `${AHEAD} 0px` },
  );
  for (const element of elements) observer.observe(element);
  return () => observer.disconnect();
}
