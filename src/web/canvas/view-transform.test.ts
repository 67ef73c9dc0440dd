import { describe, expect, it } from "vitest";
import { liftDelta, project } from "./projection";
import { screen, toScreen, toWorld, viewTransform, world } from "./view-transform";

const t = viewTransform(world(1, 2), 4, 200);

describe("view transform", () => {
  it.each([
    { p: world(1, 2), s: [100, 100] },
    { p: world(3, 2), s: [200, 100] },
    { p: world(1, 4), s: [100, 0] },
    { p: world(-1, 0), s: [0, 200] },
  ])("draws world $p at screen $s, y up", ({ p, s }) => {
    expect(toScreen(t, p)).toEqual(s);
  });

  it("takes a screen point back to the world point drawn there", () => {
    const p = world(0.37, -1.25);
    const back = toWorld(t, toScreen(t, p));
    expect(back[0]).toBeCloseTo(p[0], 12);
    expect(back[1]).toBeCloseTo(p[1], 12);
    expect(toWorld(t, screen(150, 50))).toEqual([2, 3]);
  });

  it("throws on a span that is not positive", () => {
    expect(() => viewTransform(world(0, 0), 0, 100)).toThrow("span");
  });
});

describe("projection", () => {
  it.each([
    { v: [2], p: [2, 0] },
    { v: [2, -1], p: [2, -1] },
    { v: [0, 0, 1], p: [-0.45, -0.32] },
  ])("draws $v at $p", ({ v, p }) => {
    expect(project(v)).toEqual(p);
  });

  it.each([
    { dim: 1, lifted: [0.5] },
    { dim: 2, lifted: [0.5, -0.25] },
    { dim: 3, lifted: [0.5, -0.25, 0] },
  ])("turns a drag into a change of $dim coordinates", ({ dim, lifted }) => {
    expect(liftDelta(0.5, -0.25, dim)).toEqual(lifted);
  });
});
