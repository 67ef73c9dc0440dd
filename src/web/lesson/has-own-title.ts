/** Whether lesson Markdown opens with its own `# Title`, so the page must not add a second h1. */
export function hasOwnTitle(markdown: string): boolean {
  return /^\s*#[ \t]/.test(markdown);
}
