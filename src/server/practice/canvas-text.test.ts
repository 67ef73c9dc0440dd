import { describe, expect, it } from "vitest";
import { generateItem, type Item, type ItemData } from "../../core/course";
import { asSeed, asSkillId } from "../../core/shared";
import { canvasText } from "./canvas-text";

// Any generated item will do as a body; each case replaces its data.
const BASE = generateItem(asSkillId("S4"), asSeed(1));
const withData = (data: Omit<ItemData, "ask">): Item => ({ ...BASE, data: { ask: "t", ...data } });
const fn = (name: string, variables: string[], components: string[]) => ({
  name,
  variables,
  components,
});

describe("an item's canvas text", () => {
  it.each([
    [
      "renames g's variables to x1…xn and f's to u1…um, with the point in g's order",
      withData({
        functions: [fn("g", ["y", "x"], ["x*y", "x + 2*y"]), fn("f", ["s", "t"], ["s - t^2"])],
        point: { x: 3, y: -1 },
      }),
      { g: "[x2*x1, x2 + 2*x1]", f: "u1 - u2^2", x: "-1, 3", rows: 2, cols: 2, outputs: 1 },
    ],
    [
      "draws a single function F as g with f the identity",
      withData({ functions: [fn("F", ["x1", "x2"], ["x1^2", "x1*x2", "x2"])] }),
      { g: "[x1^2, x1*x2, x2]", f: "[u1, u2, u3]", x: "1, 1", rows: 3, cols: 2, outputs: 3 },
    ],
    [
      "starts a scalar function without a point at 1",
      withData({ functions: [fn("f", ["x"], ["sin(x)"])] }),
      { g: "sin(x1)", f: "u1", x: "1", rows: 1, cols: 1, outputs: 1 },
    ],
  ])("%s", (_title, item, expected) => {
    expect(canvasText(item)).toEqual(expected);
  });

  it.each([
    ["has no functions", withData({})],
    ["has more than three inputs", withData({ functions: [fn("F", ["a", "b", "c", "d"], ["a"])] })],
    [
      "has three functions",
      withData({
        functions: [fn("g", ["x"], ["x"]), fn("f", ["u"], ["u"]), fn("h", ["v"], ["v"])],
      }),
    ],
    [
      "has an f whose inputs do not match g's outputs",
      withData({ functions: [fn("g", ["x"], ["x", "x^2"]), fn("f", ["u"], ["u"])] }),
    ],
  ])("is absent when the item %s", (_title, item) => {
    expect(canvasText(item)).toBeUndefined();
  });
});
