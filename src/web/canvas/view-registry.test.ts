import { describe, expect, it } from "vitest";
import { CANVAS_VIEWS } from "../../core/course";
import { ALL_VIEWS, isCanvasView } from "./view-registry";

describe("view registry", () => {
  it("draws exactly the views lessons may name, in the course's order", () => {
    expect(ALL_VIEWS).toEqual([...CANVAS_VIEWS]);
  });

  it.each([
    { name: "three-boxes", known: true },
    { name: "two-way", known: true },
    { name: "toString", known: false },
    { name: "unknown-view", known: false },
    { name: undefined, known: false },
  ])("knows $name: $known", ({ name, known }) => {
    expect(isCanvasView(name)).toBe(known);
  });
});
