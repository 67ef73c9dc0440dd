/** Whether the element is wider inside than its box, so that it scrolls sideways. */
const overflows = (element: HTMLElement): boolean => element.scrollWidth > element.clientWidth;

function update(element: HTMLElement): void {
  // Only while it scrolls: a tab stop on every formula would make the keyboard path tedious.
  if (overflows(element)) element.tabIndex = 0;
  else element.removeAttribute("tabindex");
}

/**
 * Keeps each element that scrolls sideways (a display formula wider than a narrow screen)
 * reachable by keyboard, so that it can be scrolled without a mouse (WCAG 2.1.1; axe's
 * scrollable-region-focusable), for as long as it overflows. Returns a function that stops.
 */
export function keepOverflowFocusable(elements: readonly HTMLElement[]): () => void {
  const updateAll = () => elements.forEach(update);
  // What can change the overflow: the box's width, the content (a preview retypeset as the
  // learner types), and KaTeX's fonts arriving, which widen a formula inside the same box.
  const resized = new ResizeObserver(updateAll);
  const changed = new MutationObserver(updateAll);
  for (const element of elements) {
    resized.observe(element);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
  }
  document.fonts.addEventListener("loadingdone", updateAll);
  return () => {
    resized.disconnect();
    changed.disconnect();
    document.fonts.removeEventListener("loadingdone", updateAll);
  };
}

/** `keepOverflowFocusable` as a ref callback for one element: `<div ref={focusableWhenOverflowing}>`. */
export const focusableWhenOverflowing = (element: HTMLElement | null): (() => void) | undefined =>
  element === null ? undefined : keepOverflowFocusable([element]);
