import type { MarkdownIt, StateBlock } from "markdown-it";

// `::: canvas <view>` opens the directive, a line of `:::` closes it; lines between are the caption.
const OPEN = /^:::\s*canvas\s+([a-z][a-z0-9-]*)\s*$/;
const CLOSE = /^:::\s*$/;

function lineText(state: StateBlock, line: number): string {
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  return state.src.slice(start, state.eMarks[line] ?? start);
}

/** Index of the closing line, or `endLine` when the directive runs to the end of the document. */
function findClose(state: StateBlock, startLine: number, endLine: number): number {
  let line = startLine + 1;
  while (line < endLine && !CLOSE.test(lineText(state, line))) line++;
  return line;
}

function canvasBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean) {
  // Four spaces of indentation make a code block, as everywhere in Markdown.
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const view = OPEN.exec(lineText(state, startLine))?.[1];
  if (view === undefined) return false;
  if (silent) return true;
  const close = findClose(state, startLine, endLine);
  const caption = Array.from({ length: close - startLine - 1 }, (_, i) =>
    lineText(state, startLine + 1 + i).trim(),
  )
    .join(" ")
    .trim();
  const figure = state.push("canvas_open", "figure", 1);
  figure.attrSet("class", "canvas-slot");
  figure.attrSet("data-view", view);
  figure.map = [startLine, close + 1];
  figure.block = true;
  if (caption !== "") {
    state.push("canvas_caption_open", "figcaption", 1);
    // An `inline` token is parsed by markdown-it's inline pass, so captions get math too.
    const inline = state.push("inline", "", 0);
    inline.content = caption;
    inline.map = [startLine + 1, close];
    inline.children = [];
    state.push("canvas_caption_close", "figcaption", -1);
  }
  state.push("canvas_close", "figure", -1).block = true;
  state.line = Math.min(close + 1, endLine);
  return true;
}

/**
 * Marks where a canvas view belongs in a lesson: `::: canvas three-boxes` becomes
 * `<figure class="canvas-slot" data-view="three-boxes">` with the caption as its figcaption.
 */
export function canvasDirective(md: MarkdownIt): void {
  md.block.ruler.before("fence", "canvas_slot", canvasBlock, {
    alt: ["paragraph", "reference", "blockquote", "list"],
  });
}
