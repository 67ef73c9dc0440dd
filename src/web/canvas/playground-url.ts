import type { CompositionText } from "./composition";
import type { ExtrasText, PlaygroundExtras } from "./learner-answer";

/** The path of the playground page. */
const PLAYGROUND_PATH = "/playground";

/** Lesson example 1: g(x) = (x₁² + x₂, x₁x₂), f(u) = u₁ + u₂², at x = (1, 2). */
export const EXAMPLE_COMPOSITION: CompositionText = {
  g: "[x1^2 + x2, x1*x2]",
  f: "u1 + u2^2",
  x: "1, 2",
};

/**
 * The playground opened on given functions and point, e.g. from a practice item or a lesson:
 * `/playground?g=…&f=…&x=…`, with the item's `dx=[…]` and the learner's answer (`mine-of=dg`,
 * `mine=[[…]]`) when a practice item sends them. The texts are checked by the page, as if typed.
 */
export function playgroundHref(text: CompositionText, extras: PlaygroundExtras = {}): string {
  const query = new URLSearchParams({ g: text.g, f: text.f, x: text.x });
  const { dx, mine } = extras;
  // JSON's arrays of numbers are also the input syntax for vectors and matrices.
  if (dx !== undefined) query.set("dx", JSON.stringify(dx));
  if (mine !== undefined) {
    query.set("mine-of", mine.of);
    query.set("mine", JSON.stringify(mine.of === "dg" ? mine.matrix : mine.vector));
  }
  return `${PLAYGROUND_PATH}?${query.toString()}`;
}

/** The extras a playground URL carries, as text still to be checked against the functions. */
export const readExtrasQuery = (query: URLSearchParams): ExtrasText => ({
  dx: query.get("dx"),
  mineOf: query.get("mine-of"),
  mine: query.get("mine"),
});

/** The functions and point a playground URL carries; a missing one is taken from lesson example 1. */
export function readPlaygroundQuery(query: URLSearchParams): CompositionText {
  return {
    g: query.get("g") ?? EXAMPLE_COMPOSITION.g,
    f: query.get("f") ?? EXAMPLE_COMPOSITION.f,
    x: query.get("x") ?? EXAMPLE_COMPOSITION.x,
  };
}
