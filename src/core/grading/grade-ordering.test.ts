import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import type { SpecOf } from "./answer-kinds";
import { orderingGrader } from "./grade-ordering";

const spec: SpecOf<"ordering"> = {
  kind: "ordering",
  factors: [
    { id: "dh", label: "$Dh(f(g(x)))$" },
    { id: "dg", label: "$Dg(x)$" },
    { id: "df", label: "$Df(g(x))$" },
  ],
};
const solution = ["dh", "df", "dg"];

function grade(order: readonly string[]) {
  const read = orderingGrader.read(spec, { kind: "ordering", order });
  if (!read.ok) return { invalid: read.error.map((e) => [e.cell, e.error.code]) };
  return orderingGrader.compare(solution, read.value, spec, asSeed(1));
}

describe("orderingGrader", () => {
  it.each<[string, readonly string[], object]>([
    ["the solution's sequence is the same", ["dh", "df", "dg"], { kind: "same" }],
    [
      "two swapped factors differ at both places",
      ["dh", "dg", "df"],
      {
        kind: "different",
        wrongCells: [
          [1, 0],
          [2, 0],
        ],
      },
    ],
    [
      "the reversed sequence differs at the ends",
      ["dg", "df", "dh"],
      {
        kind: "different",
        wrongCells: [
          [0, 0],
          [2, 0],
        ],
      },
    ],
    [
      "an unknown factor is invalid at its place, and the factor it displaced is missing",
      ["dh", "dx", "dg"],
      {
        invalid: [
          [[1, 0], "not-allowed"],
          [undefined, "empty"],
        ],
      },
    ],
    [
      "a repeated factor is invalid at its second place",
      ["dh", "dg", "dg"],
      {
        invalid: [
          [[2, 0], "not-allowed"],
          [undefined, "empty"],
        ],
      },
    ],
    ["a missing factor is invalid", ["dh", "df"], { invalid: [[undefined, "empty"]] }],
    [
      "more places than factors are refused unread",
      Array.from({ length: 10_000 }, () => "dh"),
      { invalid: [[undefined, "too-large"]] },
    ],
  ])("%s", (_title, order, expected) => {
    expect(grade(order)).toEqual(expected);
  });
});
