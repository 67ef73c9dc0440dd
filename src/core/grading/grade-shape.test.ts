import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { shapeGrader } from "./grade-shape";

function grade(text: string) {
  const read = shapeGrader.read({ kind: "shape" }, { kind: "shape", text });
  if (!read.ok) return { invalid: read.error.map((e) => e.error.code) };
  return shapeGrader.compare({ rows: 2, cols: 3 }, read.value, { kind: "shape" }, asSeed(1));
}

describe("shapeGrader", () => {
  it.each<[string, string, object]>([
    ["the right shape is the same", "2x3", { kind: "same" }],
    ["the right shape written with × and spaces is the same", " 2 × 3 ", { kind: "same" }],
    [
      "the transposed shape is a shape mismatch with both shapes",
      "3 x 2",
      { kind: "shape", expected: { rows: 2, cols: 3 }, actual: { rows: 3, cols: 2 } },
    ],
    ["words are invalid", "two by three", { invalid: ["bad-shape"] }],
    ["an empty answer is invalid", "", { invalid: ["empty"] }],
  ])("%s", (_title, text, expected) => {
    expect(grade(text)).toEqual(expected);
  });

  it("sends a shape as rows x columns", () => {
    expect(shapeGrader.submit({ rows: 4, cols: 1 })).toEqual({ text: "4x1" });
  });
});
