import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import type { GraphPath, PathGraph, SpecOf } from "./answer-kinds";
import { pathsGrader } from "./grade-paths";
import { graphPaths, pathLabel } from "./graph-paths";

/** x1 and x2 both feed u1 and u2; u1 and u2 feed y. */
const graph: PathGraph = {
  nodes: [
    { id: "x1", label: "x₁", layer: 0 },
    { id: "x2", label: "x₂", layer: 0 },
    { id: "u1", label: "u₁", layer: 1 },
    { id: "u2", label: "u₂", layer: 1 },
    { id: "y", label: "y", layer: 2 },
  ],
  edges: [
    { from: "x1", to: "u1" },
    { from: "x1", to: "u2" },
    { from: "x2", to: "u1" },
    { from: "x2", to: "u2" },
    { from: "u1", to: "y" },
    { from: "u2", to: "y" },
  ],
  from: "x2",
  to: "y",
};
const spec: SpecOf<"paths"> = { kind: "paths", graph };
const viaU1 = ["x2", "u1", "y"];
const viaU2 = ["x2", "u2", "y"];

function grade(paths: readonly GraphPath[]) {
  const read = pathsGrader.read(spec, { kind: "paths", paths });
  if (!read.ok) return { invalid: read.error.map((e) => [e.cell, e.error.message]) };
  return pathsGrader.compare([viaU1, viaU2], read.value, spec, asSeed(1));
}

describe("pathsGrader", () => {
  it.each<[string, readonly GraphPath[], object]>([
    ["the same paths in another order are the same", [viaU2, viaU1], { kind: "same" }],
    [
      "a path left out is missing",
      [viaU1],
      { kind: "different", missingPaths: [viaU2], extraPaths: [] },
    ],
    [
      "no path at all misses both",
      [],
      { kind: "different", missingPaths: [viaU1, viaU2], extraPaths: [] },
    ],
    [
      "a path that does not start at the input is invalid",
      [viaU1, ["x1", "u2", "y"]],
      { invalid: [[[1, 0], "path 2 does not start at x₂"]] },
    ],
    [
      "a path that stops early is invalid",
      [["x2", "u1"]],
      { invalid: [[[0, 0], "path 1 does not end at y"]] },
    ],
    [
      "a path that skips a layer is invalid",
      [["x2", "y"]],
      { invalid: [[[0, 0], "path 1 goes from x₂ to y, which are not joined by an edge"]] },
    ],
    [
      "a path through an unknown node is invalid, without echoing the node",
      [["x2", "<script>", "y"]],
      { invalid: [[[0, 0], "path 1 goes from x₂ to ?, which are not joined by an edge"]] },
    ],
    [
      "a path listed twice is invalid",
      [viaU1, viaU1],
      { invalid: [[[1, 0], "path 2 is listed twice"]] },
    ],
    [
      "a path longer than the graph is refused",
      [Array.from({ length: 5000 }, () => "x2")],
      { invalid: [[[0, 0], "path 1 is longer than any path of the graph"]] },
    ],
    [
      "a thousand paths are refused unread",
      Array.from({ length: 1000 }, () => viaU1),
      { invalid: [[undefined, "too many paths: this graph has far fewer than 1000"]] },
    ],
  ])("%s", (_title, paths, expected) => {
    expect(grade(paths)).toEqual(expected);
  });
});

describe("graphPaths", () => {
  it("lists every path from the input to the output, along the edges", () => {
    expect(graphPaths(graph)).toEqual([viaU1, viaU2]);
    expect(graphPaths({ ...graph, from: "x1", to: "u2" })).toEqual([["x1", "u2"]]);
  });

  it("labels a path with the graph's node labels", () => {
    expect(pathLabel(graph, viaU1)).toBe("x₂ → u₁ → y");
  });
});
