import type { CanvasView } from "../../core/course";
import { binary, call, num, toInputSyntax, variable, type Expr } from "../../core/math";
import type { Composition, CompositionText } from "./composition";

// Built as core trees rather than parsed from text: fixed functions need no parser at run time
// (math.js still comes with the canvas, for the symbolic Jacobians of compiled-composition.ts).
// lesson-examples.test.ts checks each tree against what the parser makes of its playground text.
const [x1, x2] = [variable("x1"), variable("x2")];
const [u1, u2] = [variable("u1"), variable("u2")];
const square = (e: Expr): Expr => binary("^", e, num(2));

/** Lesson example 1: g(x) = (x₁² + x₂, x₁x₂), f(u) = u₁ + u₂², at x = (1, 2). */
const EXAMPLE_1: Composition = {
  xNames: ["x1", "x2"],
  uNames: ["u1", "u2"],
  g: [binary("+", square(x1), x2), binary("*", x1, x2)],
  f: [binary("+", u1, square(u2))],
  x0: [1, 2],
};

/** Unit 1's F(x, y) = (x²y, x + sin y) at (2, 0); f plays no part in "the Jacobian as a map". */
const UNIT_1_MAP: Composition = {
  xNames: ["x1", "x2"],
  uNames: ["u1", "u2"],
  g: [binary("*", square(x1), x2), binary("+", x1, call("sin", x2))],
  f: [binary("+", u1, u2)],
  x0: [2, 0],
};

/** The functions each view opens on in a lesson: the lesson's own examples. */
export const LESSON_EXAMPLES: { readonly [V in CanvasView]: Composition } = {
  "three-boxes": EXAMPLE_1,
  "jacobian-map": UNIT_1_MAP,
  "path-tracing": EXAMPLE_1,
  "tiny-network": EXAMPLE_1,
  "two-way": EXAMPLE_1,
};

/** A composition as the texts of the playground's fields (and of its URL). */
export function compositionText({ g, f, x0 }: Composition): CompositionText {
  return { g: listText(g), f: listText(f), x: x0.join(", ") };
}

/** One expression as itself, several as a bracketed list, as the playground reads them. */
function listText(entries: readonly Expr[]): string {
  const [only] = entries;
  return entries.length === 1 && only !== undefined
    ? toInputSyntax(only)
    : toInputSyntax({ kind: "vector", entries });
}
