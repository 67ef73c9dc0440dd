import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { parseTrustedExpression } from "../math";
import type { SpecOf } from "./answer-kinds";
import { matrixGrader } from "./grade-matrix";

const variables = ["x1", "x2"];
const fixed: SpecOf<"matrix"> = { kind: "matrix", rows: 2, cols: 2, variables, chooseShape: false };
const chosen: SpecOf<"matrix"> = { ...fixed, chooseShape: true };
const solution = [
  ["2x1", "1"],
  ["x2", "x1"],
].map((row) => row.map((t) => parseTrustedExpression(t, variables)));

function grade(cells: readonly (readonly string[])[], spec = fixed) {
  const read = matrixGrader.read(spec, { kind: "matrix", cells });
  if (!read.ok) return { invalid: read.error.map((e) => [e.cell, e.error.code]) };
  return matrixGrader.compare(solution, read.value, spec, asSeed(7));
}

const shape = (rows: number, cols: number) => ({
  kind: "shape",
  expected: { rows: 2, cols: 2 },
  actual: { rows, cols },
});

describe("matrixGrader", () => {
  it.each<[string, readonly (readonly string[])[], object]>([
    [
      "equivalent cells are the same",
      [
        ["x1 + x1", "1"],
        ["x2", "x1"],
      ],
      { kind: "same" },
    ],
    [
      "every wrong cell is listed",
      [
        ["2x1", "x2"],
        ["1", "x1"],
      ],
      {
        kind: "different",
        wrongCells: [
          [0, 1],
          [1, 0],
        ],
      },
    ],
    [
      "a grid with an extra column is a shape mismatch",
      [
        ["2x1", "1", "0"],
        ["x2", "x1", "0"],
      ],
      shape(2, 3),
    ],
    ["one row for two is a shape mismatch", [["2x1", "1"]], shape(1, 2)],
    [
      "every unreadable cell is invalid at its position",
      [
        ["2x1", "(1"],
        ["x2", "y"],
      ],
      {
        invalid: [
          [[0, 1], "unbalanced-bracket"],
          [[1, 1], "unknown-variable"],
        ],
      },
    ],
    ["a ragged grid is invalid", [["1", "2"], ["3"]], { invalid: [[[1, 0], "ragged-matrix"]] }],
    ["an empty grid is invalid", [], { invalid: [[undefined, "empty"]] }],
    [
      "a 7×7 grid is refused before any cell is parsed",
      Array.from({ length: 7 }, () => Array.from({ length: 7 }, () => "(".repeat(30))),
      { invalid: [[undefined, "too-large"]] },
    ],
  ])("%s", (_title, cells, expected) => {
    expect(grade(cells)).toEqual(expected);
  });

  it("reads the shape a learner chose from the grid, and reports a different one", () => {
    expect(
      grade(
        [
          ["2x1", "x2"],
          ["1", "x1"],
          ["0", "0"],
        ],
        chosen,
      ),
    ).toEqual(shape(3, 2));
    expect(
      grade(
        [
          ["2x1", "1"],
          ["x2", "x1"],
        ],
        chosen,
      ),
    ).toEqual({ kind: "same" });
  });

  it("tells a row from a column of the same entries", () => {
    const column = [["2x1"], ["x2"]].map((row) =>
      row.map((t) => parseTrustedExpression(t, variables)),
    );
    const read = matrixGrader.read(chosen, { kind: "matrix", cells: [["2x1", "x2"]] });
    expect(read.ok && matrixGrader.compare(column, read.value, chosen, asSeed(7))).toMatchObject({
      kind: "shape",
      expected: { rows: 2, cols: 1 },
      actual: { rows: 1, cols: 2 },
    });
  });
});
