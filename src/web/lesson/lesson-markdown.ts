import markdownIt, { type MarkdownIt } from "markdown-it";
import texmath, { type TexmathEngine } from "markdown-it-texmath";
import { typeset } from "../math/katex";
import { canvasDirective } from "./canvas-directive";

// texmath calls this for every formula, so KaTeX is still called only from math/katex.ts.
const engine: TexmathEngine = {
  renderToString: (tex, options) => typeset(tex, options.displayMode === true),
};

/**
 * The Markdown parser for lessons, prompts and solution steps: math is parsed by the Markdown
 * parser itself ($…$ and $$…$$), never by an HTML auto-render pass, so code spans and escaped
 * dollars stay text. Raw HTML is off because nothing in a lesson needs it.
 */
export const lessonMarkdown: MarkdownIt = markdownIt({ html: false, linkify: false })
  .use(texmath, {
    engine,
    delimiters: "dollars",
  })
  .use(canvasDirective);
