import type { CanvasView } from "../../core/course";
import type { CompositionText } from "./composition";
import { EXAMPLE_COMPOSITION } from "./playground-url";

/**
 * The functions each view opens on in a lesson: the lesson's own examples. "The Jacobian as a
 * map" uses Unit 1's F(x, y) = (x²y, x + sin y) at (2, 0); f plays no part in it.
 */
export const LESSON_EXAMPLES: { readonly [V in CanvasView]: CompositionText } = {
  "three-boxes": EXAMPLE_COMPOSITION,
  "jacobian-map": { g: "[x1^2*x2, x1 + sin(x2)]", f: "u1 + u2", x: "2, 0" },
  "path-tracing": EXAMPLE_COMPOSITION,
  "tiny-network": EXAMPLE_COMPOSITION,
  "two-way": EXAMPLE_COMPOSITION,
};
