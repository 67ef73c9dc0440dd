import { describe, expect, it } from "vitest";
import {
  cellLabel,
  emptyCells,
  gridLabel,
  gridShape,
  previewVariables,
  toSubmission,
  withCell,
  type ItemSpec,
} from "./answer-grid";

const expression: ItemSpec = { kind: "expression", variables: ["x1", "x2"] };
const vector: ItemSpec = { kind: "vector", length: 3, variables: ["t"] };
const matrix: ItemSpec = { kind: "matrix", rows: 2, cols: 3, variables: ["x"] };
const shape: ItemSpec = { kind: "shape" };

describe("gridShape", () => {
  it.each([
    [expression, { rows: 1, cols: 1 }],
    [shape, { rows: 1, cols: 1 }],
    [vector, { rows: 3, cols: 1 }],
    [matrix, { rows: 2, cols: 3 }],
  ])("gives a $kind answer its grid", (spec, expected) => {
    expect(gridShape(spec)).toEqual(expected);
  });
});

describe("cellLabel", () => {
  it.each([
    [matrix, { row: 0, col: 1 }, "row 1, column 2"],
    [matrix, { row: 1, col: 2 }, "row 2, column 3"],
    [vector, { row: 2, col: 0 }, "entry 3"],
    [expression, { row: 0, col: 0 }, "Answer"],
  ])("names a %j cell at %j as %s", (spec, at, label) => {
    expect(cellLabel(spec, at)).toBe(label);
  });
});

describe("gridLabel", () => {
  it.each([
    [matrix, "Your answer, a 2 by 3 matrix"],
    [vector, "Your answer, a vector of 3 entries"],
    [expression, "Your answer"],
  ])("names the %j grid with its size", (spec, label) => {
    expect(gridLabel(spec)).toBe(label);
  });
});

describe("cells and submissions", () => {
  it("starts a matrix as rows of empty cells", () => {
    expect(emptyCells(matrix)).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
  });

  it("replaces one cell without touching the original", () => {
    const cells = emptyCells(matrix);
    expect(withCell(cells, { row: 1, col: 0 }, "2*x")).toEqual([
      ["", "", ""],
      ["2*x", "", ""],
    ]);
    expect(cells[1]?.[0]).toBe("");
  });

  it.each([
    [expression, [["x1 + 1"]], { kind: "expression", text: "x1 + 1" }],
    [shape, [["2x3"]], { kind: "shape", text: "2x3" }],
    [vector, [["1"], ["t"], ["2"]], { kind: "vector", cells: ["1", "t", "2"] }],
    [
      matrix,
      [
        ["a", "b"],
        ["c", "d"],
      ],
      {
        kind: "matrix",
        cells: [
          ["a", "b"],
          ["c", "d"],
        ],
      },
    ],
  ])("builds the %j submission from its cells", (spec, cells, body) => {
    expect(toSubmission(spec, cells)).toEqual(body);
  });

  it("previews formulas with the spec's variables but not shapes", () => {
    expect(previewVariables(vector)).toEqual(["t"]);
    expect(previewVariables(shape)).toBeNull();
  });
});
