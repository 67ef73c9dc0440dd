import type { Token } from "markdown-it";
import { lessonMarkdown } from "./lesson-markdown";

/** One formula found in Markdown, with the 1-based line it starts on. */
export interface Formula {
  readonly tex: string;
  readonly display: boolean;
  readonly line: number;
}

// Token types markdown-it-texmath emits with the "dollars" delimiters, and whether each is display.
const MATH_TOKENS: Readonly<Record<string, boolean>> = {
  math_inline: false,
  math_inline_double: true,
  math_block: true,
  math_block_eqno: true,
};

function visit(tokens: readonly Token[], line: number, found: Formula[]): void {
  for (const token of tokens) {
    const here = token.map ? token.map[0] + 1 : line;
    const display = MATH_TOKENS[token.type];
    if (display !== undefined) found.push({ tex: token.content, display, line: here });
    if (token.children) visit(token.children, here, found);
  }
}

/** Every formula in a Markdown text, found by the same parse that renders lessons. */
export function collectFormulas(markdown: string): Formula[] {
  const found: Formula[] = [];
  visit(lessonMarkdown.parse(markdown, {}), 1, found);
  return found;
}
