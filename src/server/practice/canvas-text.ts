import type { Item, ItemFunction } from "../../core/course";
import { parseTrustedExpression, substitute, toInputSyntax, variable } from "../../core/math";

/** The most coordinates the canvas draws in a box; items with more are not drawn. */
const MAX_DIMENSION = 3;

/** An item's functions and point in the playground's names: g in x1…xn, f in u1…um. */
export interface CanvasText {
  readonly g: string;
  readonly f: string;
  readonly x: string;
  /** Dg's shape, m×n, so a wrong answer can be told apart as a guess at Dg. */
  readonly rows: number;
  readonly cols: number;
  /** f's outputs, p, the length of Δy. */
  readonly outputs: number;
}

const names = (letter: string, count: number): string[] =>
  Array.from({ length: count }, (_, k) => `${letter}${k + 1}`);

/** One component as a scalar, more as a list `[a, b]`, as the playground reads them. */
const listText = (entries: readonly string[]): string =>
  entries.length === 1 ? (entries[0] ?? "") : `[${entries.join(", ")}]`;

/** The components renamed to `to` (simultaneously, so x ↔ y swaps stay right), as one text. */
function renamed(fn: ItemFunction, to: readonly string[]): string {
  const bindings = Object.fromEntries(fn.variables.map((name, k) => [name, variable(to[k] ?? "")]));
  const texts = fn.components.map((c) =>
    toInputSyntax(substitute(parseTrustedExpression(c, fn.variables), bindings)),
  );
  return listText(texts);
}

/**
 * The playground text of an item with one function F (drawn as g, with f the identity, so that
 * the u box shows F itself) or two, g then f; undefined when it has none or too many coordinates.
 * Items without a point start at (1, …, 1), which the learner can move.
 */
export function canvasText(item: Item): CanvasText | undefined {
  const [inner, outer, extra] = item.data.functions ?? [];
  if (inner === undefined || extra !== undefined) return undefined;
  const [n, m] = [inner.variables.length, inner.components.length];
  const p = outer?.components.length ?? m;
  if (outer !== undefined && outer.variables.length !== m) return undefined;
  if (Math.max(n, m, p) > MAX_DIMENSION || Math.min(n, m, p) < 1) return undefined;
  const [xNames, uNames] = [names("x", n), names("u", m)];
  const point = item.data.point;
  const x0 = inner.variables.map((name) => point?.[name] ?? 1);
  return {
    g: renamed(inner, xNames),
    f: outer === undefined ? listText(uNames) : renamed(outer, uNames),
    x: x0.join(", "),
    rows: m,
    cols: n,
    outputs: p,
  };
}
