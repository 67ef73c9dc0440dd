import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { parseTrustedExpression } from "../math";
import type { SpecOf } from "./answer-kinds";
import { vectorGrader } from "./grade-vector";

const spec: SpecOf<"vector"> = { kind: "vector", length: 2, variables: ["x1", "x2"] };
const solution = ["4x1 + x2", "x1 + 4x2"].map((t) => parseTrustedExpression(t, spec.variables));

function grade(cells: readonly string[]) {
  const read = vectorGrader.read(spec, { kind: "vector", cells });
  if (!read.ok) return { invalid: read.error.map((e) => [e.cell, e.error.code]) };
  return vectorGrader.compare(solution, read.value, spec, asSeed(7));
}

describe("vectorGrader", () => {
  it.each<[string, readonly string[], object]>([
    [
      "entries typed out unsimplified are the same",
      ["2(x1+x2) + 2(x1-x2) + x2", "2(x1+x2) - 2(x1-x2) + x1"],
      { kind: "same" },
    ],
    [
      "a wrong entry is pointed at as [row, 0]",
      ["4x1 + x2", "4x1 + x2"],
      { kind: "different", wrongCells: [[1, 0]] },
    ],
    [
      "a missing entry is a shape mismatch",
      ["4x1 + x2"],
      { kind: "shape", expected: { rows: 2, cols: 1 }, actual: { rows: 1, cols: 1 } },
    ],
    ["an empty cell is invalid at its place", ["x1", " "], { invalid: [[[1, 0], "empty"]] }],
    ["no cells at all are invalid", [], { invalid: [[undefined, "empty"]] }],
    [
      "a thousand cells are refused before any is parsed",
      Array.from({ length: 1000 }, () => "x1^".repeat(100) + "2"),
      { invalid: [[undefined, "too-large"]] },
    ],
  ])("%s", (_title, cells, expected) => {
    expect(grade(cells)).toEqual(expected);
  });
});
