import { useEffect, useRef } from "react";

/**
 * A ref for a heading (with `tabIndex={-1}`) that takes the focus when it appears and whenever
 * `key` changes: the button just pressed has gone, so a keyboard user starts on the new step.
 */
export function useFocusOn<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), [key]);
  return ref;
}
