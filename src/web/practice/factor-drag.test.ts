import { describe, expect, it } from "vitest";
import { moveFactorTo, rowAt } from "./factor-drag";

const rows = [
  { top: 0, bottom: 40 },
  { top: 40, bottom: 100 },
  { top: 100, bottom: 130 },
];

describe("rowAt", () => {
  it.each([
    ["above the list is the first row", -20, 0],
    ["inside the first row is the first row", 10, 0],
    ["inside a tall row is that row", 99, 1],
    ["on a boundary is the row below it", 100, 2],
    ["below the list is the last row", 500, 2],
  ])("%s", (_title, y, row) => {
    expect(rowAt(rows, y)).toBe(row);
  });
});

describe("moveFactorTo", () => {
  it.each<[string, number, number, string[]]>([
    ["moves the first factor to the end", 0, 2, ["b", "c", "a"]],
    ["moves the last factor to the front", 2, 0, ["c", "a", "b"]],
    ["moves a factor one place down", 0, 1, ["b", "a", "c"]],
    ["leaves the order as it is for a drop in place", 1, 1, ["a", "b", "c"]],
    ["leaves the order as it is for a place outside the list", 0, 3, ["a", "b", "c"]],
  ])("%s", (_title, from, to, expected) => {
    expect(moveFactorTo(["a", "b", "c"], from, to)).toEqual(expected);
  });
});
