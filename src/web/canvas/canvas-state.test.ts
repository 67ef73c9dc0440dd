import { describe, expect, it } from "vitest";
import { canvasReducer, initialCanvasState, MIN_RADIUS, type CanvasAction } from "./canvas-state";
import { keyToNudge } from "./key-to-nudge";

const start = initialCanvasState([1, 2], 1);

describe("canvasReducer", () => {
  it("starts with Δx along x₁, ∂ℓ/∂y = 1 and the point given", () => {
    expect(start).toEqual({ point: [1, 2], perturbation: [0.5, 0], gradient: [1], radius: [0.5] });
  });

  it.each<{ action: CanvasAction; handle: "point" | "perturbation" | "gradient"; value: number[] }>(
    [
      {
        action: { type: "drag", handle: "point", delta: [0.25, -1] },
        handle: "point",
        value: [1.25, 1],
      },
      {
        action: { type: "drag", handle: "perturbation", delta: [0, 0.3] },
        handle: "perturbation",
        value: [0.5, 0.3],
      },
      {
        action: { type: "drag", handle: "gradient", delta: [-2] },
        handle: "gradient",
        value: [-1],
      },
      {
        action: { type: "nudge", handle: "point", axis: 1, direction: 1, fine: false },
        handle: "point",
        value: [1, 2.1],
      },
      {
        action: { type: "nudge", handle: "point", axis: 0, direction: -1, fine: true },
        handle: "point",
        value: [0.99, 2],
      },
      {
        action: { type: "nudge", handle: "gradient", axis: 0, direction: -1, fine: false },
        handle: "gradient",
        value: [0.9],
      },
    ],
  )("moves the $handle to $value on $action.type", ({ action, handle, value }) => {
    expect(canvasReducer(start, action)[handle]).toEqual(value);
  });

  it("keeps keyboard steps exact: three steps of 0.1 from 0.5 give 0.8", () => {
    const nudge: CanvasAction = {
      type: "nudge",
      handle: "perturbation",
      axis: 0,
      direction: 1,
      fine: false,
    };
    const after = [nudge, nudge, nudge].reduce(canvasReducer, start);
    expect(after.perturbation).toEqual([0.8, 0]);
  });

  it("ignores a nudge along an axis the handle does not have", () => {
    const action: CanvasAction = {
      type: "nudge",
      handle: "gradient",
      axis: 1,
      direction: 1,
      fine: false,
    };
    expect(canvasReducer(start, action)).toBe(start);
  });

  it("never lets the radius reach zero", () => {
    const after = canvasReducer(start, { type: "drag", handle: "radius", delta: [-5] });
    expect(after.radius).toEqual([MIN_RADIUS]);
  });

  it("leaves the other handles alone when one moves", () => {
    const after = canvasReducer(start, { type: "drag", handle: "point", delta: [1, 1] });
    expect(after.perturbation).toBe(start.perturbation);
    expect(after.gradient).toBe(start.gradient);
  });
});

describe("keyToNudge", () => {
  it.each([
    { key: "ArrowRight", shift: false, dim: 2, axis: 0, direction: 1, fine: false },
    { key: "ArrowLeft", shift: true, dim: 2, axis: 0, direction: -1, fine: true },
    { key: "ArrowUp", shift: false, dim: 2, axis: 1, direction: 1, fine: false },
    { key: "ArrowDown", shift: true, dim: 3, axis: 1, direction: -1, fine: true },
    { key: "PageUp", shift: false, dim: 3, axis: 2, direction: 1, fine: false },
    { key: "ArrowUp", shift: false, dim: 1, axis: 0, direction: 1, fine: false },
  ])("turns $key (shift $shift) in $dim-D into axis $axis, direction $direction", (c) => {
    expect(keyToNudge(c.key, c.shift, "point", c.dim)).toEqual({
      type: "nudge",
      handle: "point",
      axis: c.axis,
      direction: c.direction,
      fine: c.fine,
    });
  });

  it.each([
    { key: "Tab", dim: 2 },
    { key: "PageUp", dim: 2 },
    { key: "a", dim: 3 },
  ])("leaves $key to the browser in $dim-D", ({ key, dim }) => {
    expect(keyToNudge(key, false, "point", dim)).toBeNull();
  });
});
