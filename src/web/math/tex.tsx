import { useMemo } from "react";
import { focusableWhenOverflowing } from "../shared/keep-overflow-focusable";
import { typeset } from "./katex";

/** A typeset formula: inline by default, centred on its own line with `display`. */
export function Tex({
  tex,
  display = false,
}: {
  readonly tex: string;
  readonly display?: boolean;
}) {
  const html = useMemo(() => typeset(tex, display), [tex, display]);
  const Tag = display ? "div" : "span";
  // KaTeX escapes the TeX it is given and emits only its own markup.
  return (
    <Tag
      // A display formula wider than the screen scrolls; the keyboard must be able to reach it.
      ref={display ? focusableWhenOverflowing : undefined}
      className={display ? "tex tex-display" : "tex"}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
