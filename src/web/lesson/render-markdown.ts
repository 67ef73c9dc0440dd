import { lessonMarkdown } from "./lesson-markdown";

/** Renders lesson Markdown (with math and canvas directives) to HTML safe to insert in the page. */
export function renderMarkdown(markdown: string): string {
  return lessonMarkdown.render(markdown);
}
