import type { AttemptSummary } from "../../api";

/** Attempts with the most recent first, whatever order the server sent them in. */
export function newestFirst(attempts: readonly AttemptSummary[]): AttemptSummary[] {
  return [...attempts].sort((a, b) => Date.parse(b.answeredAt) - Date.parse(a.answeredAt));
}
