import type { CompositionText } from "./composition";

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
 * `/playground?g=…&f=…&x=…`. The texts are checked by the page, as if typed.
 */
export function playgroundHref(text: CompositionText): string {
  const query = new URLSearchParams({ g: text.g, f: text.f, x: text.x });
  return `${PLAYGROUND_PATH}?${query.toString()}`;
}

/** The functions and point a playground URL carries; a missing one is taken from lesson example 1. */
export function readPlaygroundQuery(query: URLSearchParams): CompositionText {
  return {
    g: query.get("g") ?? EXAMPLE_COMPOSITION.g,
    f: query.get("f") ?? EXAMPLE_COMPOSITION.f,
    x: query.get("x") ?? EXAMPLE_COMPOSITION.x,
  };
}
