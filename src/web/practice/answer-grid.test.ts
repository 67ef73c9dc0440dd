import { describe, expect, it } from "vitest";
import {
  cellLabel,
  emptyCells,
  gridLabel,
  gridShapeOf,
  resizeCells,
  withCell,
} from "./answer-grid";

describe("cellLabel", () => {
  it.each([
    ["matrix", { row: 0, col: 1 }, "row 1, column 2"],
    ["matrix", { row: 1, col: 2 }, "row 2, column 3"],
    ["vector", { row: 2, col: 0 }, "entry 3"],
    ["expression", { row: 0, col: 0 }, "Answer"],
  ] as const)("names a %s cell at %j as %s", (kind, at, label) => {
    expect(cellLabel(kind, at)).toBe(label);
  });
});

describe("gridLabel", () => {
  it.each([
    ["matrix", "Your answer, a 2 by 3 matrix"],
    ["vector", "Your answer, a vector of 2 entries"],
    ["expression", "Your answer"],
  ] as const)("names the %s grid with its size", (kind, label) => {
    expect(gridLabel(kind, { rows: 2, cols: 3 })).toBe(label);
  });
});

describe("cells", () => {
  it("starts a grid as rows of empty cells, and reads its shape back", () => {
    const cells = emptyCells({ rows: 2, cols: 3 });
    expect(cells).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(gridShapeOf(cells)).toEqual({ rows: 2, cols: 3 });
  });

  it("replaces one cell without touching the original", () => {
    const cells = emptyCells({ rows: 2, cols: 3 });
    expect(withCell(cells, { row: 1, col: 0 }, "2*x")).toEqual([
      ["", "", ""],
      ["2*x", "", ""],
    ]);
    expect(cells[1]?.[0]).toBe("");
  });

  it("keeps what was typed where it still fits when the shape changes", () => {
    const cells = [
      ["a", "b"],
      ["c", "d"],
    ];
    expect(resizeCells(cells, { rows: 3, cols: 1 })).toEqual([["a"], ["c"], [""]]);
    expect(resizeCells(cells, { rows: 1, cols: 3 })).toEqual([["a", "b", ""]]);
  });
});
