import type { PublicItemReply, SubmissionBody } from "../../api";
import { pathKey, type AnswerKind } from "../../core/grading";

/** How an item is answered, as the browser receives it. */
export type ItemSpec = PublicItemReply["spec"];

/** The spec of one kind of answer. */
export type SpecOfKind<K extends AnswerKind> = Extract<ItemSpec, { readonly kind: K }>;

/**
 * The learner's answer as it is being given: exactly the request body that will be sent, so
 * what is on screen is what is graded.
 */
export type DraftOf<K extends AnswerKind> = Extract<SubmissionBody, { readonly kind: K }>;

/** Narrows a spec or a draft to one kind. */
export const hasKind = <T extends { readonly kind: string }, K extends AnswerKind>(
  value: T,
  kind: K,
): value is Extract<T, { readonly kind: K }> => value.kind === kind;

/** The order with the factor at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveFactor(order: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  const moved = order[index];
  const other = order[target];
  if (moved === undefined || other === undefined) return [...order];
  return order.map((id, i) => (i === index ? other : i === target ? moved : id));
}

/** The chosen paths with `path` added or removed, kept in the order of `all`. */
export function togglePath(
  all: readonly (readonly string[])[],
  chosen: readonly (readonly string[])[],
  path: readonly string[],
): string[][] {
  const keys = new Set(chosen.map(pathKey));
  if (keys.has(pathKey(path))) keys.delete(pathKey(path));
  else keys.add(pathKey(path));
  return all.filter((p) => keys.has(pathKey(p))).map((p) => [...p]);
}

/** Whether a path runs along the edge `from` → `to`. */
const runsAlong = (path: readonly string[], from: string, to: string): boolean =>
  path.some((id, i) => id === from && path[i + 1] === to);

/**
 * The chosen paths after a click on the edge `from` → `to`: every path along it is added, or all
 * of them removed when they are all chosen already; kept in the order of `all`.
 */
export function togglePathsAlong(
  all: readonly (readonly string[])[],
  chosen: readonly (readonly string[])[],
  from: string,
  to: string,
): string[][] {
  const along = all.filter((path) => runsAlong(path, from, to));
  const keys = new Set(chosen.map(pathKey));
  const allChosen = along.every((path) => keys.has(pathKey(path)));
  for (const path of along) {
    if (allChosen) keys.delete(pathKey(path));
    else keys.add(pathKey(path));
  }
  return all.filter((p) => keys.has(pathKey(p))).map((p) => [...p]);
}
