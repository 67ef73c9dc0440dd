import { describe, expect, it } from "vitest";
import { moveFactor, togglePath, togglePathsAlong } from "./answer-draft";
import { blankDraft } from "./answer-input";
import type { ItemSpec } from "./answer-draft";

describe("blankDraft", () => {
  it.each<[string, ItemSpec, object]>([
    [
      "an arrow at the origin, one zero per axis",
      { kind: "arrow", name: "Δy", axes: ["Δy₁", "Δy₂"], span: 2 },
      { kind: "arrow", tip: [0, 0] },
    ],
    [
      "an empty text for an expression",
      { kind: "expression", variables: ["x"] },
      { kind: "expression", text: "" },
    ],
    [
      "one empty cell per vector entry",
      { kind: "vector", length: 3, variables: [] },
      { kind: "vector", cells: ["", "", ""] },
    ],
    [
      "a grid of the spec's size for a fixed-shape matrix",
      { kind: "matrix", rows: 2, cols: 3, variables: [], chooseShape: false },
      {
        kind: "matrix",
        cells: [
          ["", "", ""],
          ["", "", ""],
        ],
      },
    ],
    [
      "one cell for a matrix whose shape the learner chooses",
      { kind: "matrix", variables: [], chooseShape: true },
      { kind: "matrix", cells: [[""]] },
    ],
    [
      "no choice yet for a choice",
      { kind: "choice", options: [{ id: "a", label: "A" }] },
      { kind: "choice", choice: "" },
    ],
    [
      "the factors in the order shown for an ordering",
      {
        kind: "ordering",
        factors: [
          { id: "g", label: "G" },
          { id: "f", label: "F" },
        ],
      },
      { kind: "ordering", order: ["g", "f"] },
    ],
    [
      "no path ticked for paths",
      { kind: "paths", graph: { nodes: [], edges: [], from: "x", to: "y" } },
      { kind: "paths", paths: [] },
    ],
  ])("starts with %s", (_title, spec, draft) => {
    expect(blankDraft(spec)).toEqual(draft);
  });
});

describe("moveFactor", () => {
  it.each<[string, number, -1 | 1, string[]]>([
    ["moves a factor up by swapping it with the one above", 1, -1, ["b", "a", "c"]],
    ["moves a factor down by swapping it with the one below", 1, 1, ["a", "c", "b"]],
    ["leaves the first factor where it is when moved up", 0, -1, ["a", "b", "c"]],
    ["leaves the last factor where it is when moved down", 2, 1, ["a", "b", "c"]],
  ])("%s", (_title, index, step, order) => {
    expect(moveFactor(["a", "b", "c"], index, step)).toEqual(order);
  });
});

describe("togglePath", () => {
  const all = [
    ["x", "u1", "y"],
    ["x", "u2", "y"],
  ];

  it("adds a path and keeps the graph's order", () => {
    expect(togglePath(all, [["x", "u2", "y"]], ["x", "u1", "y"])).toEqual(all);
  });

  it("removes a ticked path", () => {
    expect(togglePath(all, all, ["x", "u1", "y"])).toEqual([["x", "u2", "y"]]);
  });
});

describe("togglePathsAlong", () => {
  const all = [
    ["x", "u1", "v", "y"],
    ["x", "u2", "v", "y"],
    ["x", "u2", "y"],
  ];

  it.each<[string, string[][], string, string, string[][]]>([
    ["adds the one path along an edge", [], "x", "u1", [["x", "u1", "v", "y"]]],
    [
      "adds every path along a shared edge, in the graph's order",
      [["x", "u2", "y"]],
      "v",
      "y",
      all,
    ],
    [
      "removes the paths along an edge when all are chosen",
      all,
      "x",
      "u2",
      [["x", "u1", "v", "y"]],
    ],
    [
      "completes the paths along an edge when only some are chosen",
      [["x", "u2", "y"]],
      "x",
      "u2",
      [
        ["x", "u2", "v", "y"],
        ["x", "u2", "y"],
      ],
    ],
    ["changes nothing for an edge on no path", [["x", "u2", "y"]], "u1", "y", [["x", "u2", "y"]]],
  ])("%s", (_title, chosen, from, to, expected) => {
    expect(togglePathsAlong(all, chosen, from, to)).toEqual(expected);
  });
});
