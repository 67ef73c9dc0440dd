import { differentiate, parseTrustedExpression, type Expr } from "../../../math";

/** Beyond this many entries the cache starts over, so that a long-running server stays bounded. */
const CAPACITY = 4096;
const cache = new Map<string, Expr>();

/**
 * ∂(text)/∂variable for a component given as item text. Symbolic differentiation takes several
 * milliseconds per entry, and generators draw the same few template texts again and again, so
 * the result is memoized by text. The cache only saves time: an expression's derivative never
 * changes, so items stay deterministic.
 */
export function cachedPartial(text: string, variables: readonly string[], name: string): Expr {
  const key = `${variables.join(",")}|${text}|${name}`;
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= CAPACITY) cache.clear();
  const derivative = differentiate(parseTrustedExpression(text, variables), name);
  cache.set(key, derivative);
  return derivative;
}

/** The Jacobian of a map given as component texts, each entry memoized (see cachedPartial). */
export function cachedJacobian(
  components: readonly string[],
  variables: readonly string[],
): Expr[][] {
  return components.map((text) => variables.map((name) => cachedPartial(text, variables, name)));
}
