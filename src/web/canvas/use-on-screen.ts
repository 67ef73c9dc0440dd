import { useCallback, useState, type RefCallback } from "react";

/**
 * Whether an element is on screen or near it (within 200 px), as a ref to attach and a flag.
 * Until the observer first reports, the element counts as on screen.
 */
export function useOnScreen<T extends Element>(): readonly [RefCallback<T>, boolean] {
  const [onScreen, setOnScreen] = useState(true);
  const observe = useCallback((element: T | null) => {
    if (element === null) return;
    const observer = new IntersectionObserver(
      ([entry]) => setOnScreen(entry?.isIntersecting ?? true),
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [observe, onScreen];
}
