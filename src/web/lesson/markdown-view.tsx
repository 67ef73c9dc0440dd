import { useMemo } from "react";
import { renderMarkdown } from "./render-markdown";

/** Lesson-style Markdown with math, as HTML; raw HTML in the source is escaped by the parser. */
export function MarkdownView({
  markdown,
  className,
}: {
  readonly markdown: string;
  readonly className?: string;
}) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  return <div className={className ?? "prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}
