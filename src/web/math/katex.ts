/**
 * The one module that calls KaTeX (CONVENTIONS.md rule 8). Everything typeset in the app goes
 * through here, so options such as MathML output for screen readers are set in one place.
 */
import type { KatexOptions } from "katex";
// The CommonJS build, because markdown-it-texmath `require`s it: importing the ES build here as
// well would put a second copy of KaTeX (about 75 kB gzipped) into the bundle.
import katex from "katex/dist/katex.js";
import "katex/dist/katex.min.css";
import { err, ok, type Result } from "../../core/shared";

// MathML beside the HTML so screen readers read the formula, not the glyphs.
const BASE: KatexOptions = { output: "htmlAndMathml" };

/**
 * Typesets TeX for display in a page. Never throws: a bad formula comes back as KaTeX's error
 * text in red, so a learner still sees what they typed and what is wrong with it.
 */
export function typeset(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, { ...BASE, displayMode, throwOnError: false });
}

/** Typesets TeX strictly (unknown commands, non-standard input): the error message on failure. */
export function typesetStrict(tex: string, displayMode: boolean): Result<string, string> {
  try {
    return ok(
      katex.renderToString(tex, { ...BASE, displayMode, throwOnError: true, strict: "error" }),
    );
  } catch (error) {
    if (error instanceof Error) return err(error.message);
    throw error;
  }
}
