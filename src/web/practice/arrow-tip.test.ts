import { describe, expect, it } from "vitest";
import type { CanvasAction } from "../canvas/canvas-state";
import { arrowPanels, describeArrow, moveTip } from "./arrow-tip";

const nudge = (axis: number, direction: 1 | -1, fine = false): CanvasAction => ({
  type: "nudge",
  handle: "perturbation",
  axis,
  direction,
  fine,
});
const drag = (...delta: number[]): CanvasAction => ({
  type: "drag",
  handle: "perturbation",
  delta,
});

describe("arrowPanels", () => {
  it.each([
    [1, [[0]]],
    [2, [[0, 1]]],
    [3, [[0], [1], [2]]],
  ])("draws a %i-D arrow on panels %j", (dimension, panels) => {
    expect(arrowPanels(dimension)).toEqual(panels);
  });
});

describe("moveTip", () => {
  it.each<[string, number[], CanvasAction, number[], number, number[]]>([
    ["an arrow key steps a twentieth of the box", [0, 0], nudge(0, 1), [0, 1], 2, [0.1, 0]],
    ["Shift steps a two-hundredth", [0, 0], nudge(1, -1, true), [0, 1], 2, [0, -0.01]],
    ["a drag adds the pointer's motion", [0.1, 0.2], drag(0.3, -0.5), [0, 1], 2, [0.4, -0.3]],
    ["a bar moves only its own coordinate", [1, 2, 3], nudge(0, 1), [2], 20, [1, 2, 4]],
    ["a drag on a bar moves its coordinate", [1, 2, 3], drag(0.5), [1], 20, [1, 2.5, 3]],
    ["the tip stays inside the box", [0.9, 0], drag(5, -5), [0, 1], 2, [1, -1]],
    ["a key for an axis the panel lacks does nothing", [1, 2, 3], nudge(1, 1), [0], 20, [1, 2, 3]],
  ])("%s", (_title, tip, action, coords, span, expected) => {
    expect(moveTip(tip, action, coords, span)).toEqual(expected);
  });

  it("keeps repeated steps free of float dust", () => {
    let tip = [0, 0];
    for (let i = 0; i < 3; i++) tip = moveTip(tip, nudge(0, 1), [0, 1], 2);
    expect(tip).toEqual([0.3, 0]);
  });
});

describe("describeArrow", () => {
  it("says where the tip is, to three decimals", () => {
    expect(describeArrow("Δy", [0.35, -0.2])).toBe("Δy ends at (0.350, -0.200)");
  });
});
