import { describe, expect, it } from "vitest";
import { arrowTarget } from "./grid-navigation";

const shape = { rows: 3, cols: 2 };

describe("arrowTarget", () => {
  it.each([
    ["ArrowDown", { row: 0, col: 1 }, { row: 1, col: 1 }],
    ["ArrowUp", { row: 2, col: 0 }, { row: 1, col: 0 }],
    ["ArrowUp", { row: 0, col: 0 }, null],
    ["ArrowDown", { row: 2, col: 1 }, null],
    ["ArrowLeft", { row: 1, col: 1 }, null],
    ["Enter", { row: 1, col: 0 }, null],
  ])("moves %s from %j to %j", (key, at, expected) => {
    expect(arrowTarget(shape, at, key)).toEqual(expected);
  });
});
