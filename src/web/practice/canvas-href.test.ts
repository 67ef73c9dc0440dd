import { describe, expect, it } from "vitest";
import type { AnswerReply } from "../../api";
import { readExtrasQuery, readPlaygroundQuery } from "../canvas/playground-url";
import { canvasHref } from "./canvas-href";

const graded = { solution: { answer: "1", steps: [] }, history: [] };
const canvas = { g: "[x1*x2, x1 + x2]", f: "u1 + u2^2", x: "1, 2" };
const query = (href: string | null) => new URL(href ?? "/none", "http://h").searchParams;

describe("the link from a verdict to the canvas", () => {
  it("opens the playground on the item's functions and point, and nothing else", () => {
    const href = canvasHref({ verdict: "correct", ...graded, canvas });
    expect(href?.startsWith("/playground?")).toBe(true);
    expect(readPlaygroundQuery(query(href))).toEqual(canvas);
    expect(readExtrasQuery(query(href))).toEqual({ dx: null, mineOf: null, mine: null });
  });

  it.each<[string, NonNullable<Extract<AnswerReply, { history: unknown }>["canvas"]>, object]>([
    [
      "a guess at Dg as a matrix",
      {
        ...canvas,
        mine: {
          of: "dg",
          matrix: [
            [1, -0.5],
            [0, 2],
          ],
        },
      },
      { dx: null, mineOf: "dg", mine: "[[1,-0.5],[0,2]]" },
    ],
    [
      "a guess at Δy with the item's Δx",
      { ...canvas, dx: [0.1, 0], mine: { of: "dy", vector: [3] } },
      { dx: "[0.1,0]", mineOf: "dy", mine: "[3]" },
    ],
  ])("carries %s, in input syntax", (_title, withMine, expected) => {
    const href = canvasHref({ verdict: "incorrect", ...graded, canvas: withMine });
    expect(readExtrasQuery(query(href))).toEqual(expected);
  });

  it.each<[string, AnswerReply]>([
    ["an item with nothing to draw", { verdict: "incorrect", ...graded }],
    ["unreadable input", { verdict: "invalid", errors: [] }],
  ])("is absent for %s", (_title, reply) => {
    expect(canvasHref(reply)).toBeNull();
  });
});
