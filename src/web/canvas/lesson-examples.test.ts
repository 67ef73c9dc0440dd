import { describe, expect, it } from "vitest";
import { CANVAS_VIEWS } from "../../core/course";
import { parseComposition } from "./composition";
import { compositionText, LESSON_EXAMPLES } from "./lesson-examples";
import { EXAMPLE_COMPOSITION } from "./playground-url";

describe("lesson examples", () => {
  it.each(CANVAS_VIEWS)("builds the %s example as the parser reads its playground text", (view) => {
    const example = LESSON_EXAMPLES[view];
    const parsed = parseComposition(compositionText(example));
    expect(parsed).toEqual({ ok: true, value: example });
  });

  it("writes lesson example 1 as the playground's own default text", () => {
    expect(compositionText(LESSON_EXAMPLES["three-boxes"])).toEqual(EXAMPLE_COMPOSITION);
  });

  it("writes the Jacobian-map example as Unit 1's F(x, y) = (x²y, x + sin y) at (2, 0)", () => {
    expect(compositionText(LESSON_EXAMPLES["jacobian-map"])).toEqual({
      g: "[x1^2*x2, x1 + sin(x2)]",
      f: "u1 + u2",
      x: "2, 0",
    });
  });
});
