import { describe, expect, it } from "vitest";
import { parseTrustedExpression } from "../math";
import type { PathGraph, SpecOf } from "./answer-kinds";
import { answerLatex, answerText } from "./answer-text";

const factors: SpecOf<"ordering"> = {
  kind: "ordering",
  factors: [
    { id: "dg", label: "$Dg(x)$" },
    { id: "df", label: "$Df(g(x))$ at $u$" },
  ],
};
const graph: PathGraph = {
  nodes: [
    { id: "x2", label: "x₂", layer: 0 },
    { id: "u1", label: "u₁", layer: 1 },
    { id: "y", label: "y", layer: 2 },
  ],
  edges: [
    { from: "x2", to: "u1" },
    { from: "u1", to: "y" },
  ],
  from: "x2",
  to: "y",
};

describe("answerText", () => {
  it.each<[string, string]>([
    [answerText("matrix", [[parseTrustedExpression("2x1", ["x1"])]]), "[[2*x1]]"],
    [answerText("shape", { rows: 2, cols: 3 }), "2x3"],
    [answerText("ordering", ["df", "dg"]), "df dg"],
    [
      answerText("paths", [
        ["x2", "u1", "y"],
        ["x2", "y"],
      ]),
      "x2 > u1 > y; x2 > y",
    ],
  ])("writes %s", (text, expected) => {
    expect(text).toBe(expected);
  });
});

describe("answerLatex", () => {
  it("shows a choice by its label, with words as text and math as math", () => {
    const spec: SpecOf<"choice"> = {
      kind: "choice",
      options: [{ id: "b", label: "the product $Df\\,Dg$ & more" }],
    };
    expect(answerLatex(spec, "b")).toBe("\\text{the product }{Df\\,Dg}\\text{  more}");
  });

  it("shows an ordering as the product of its factors' labels", () => {
    expect(answerLatex(factors, ["df", "dg"])).toBe("{Df(g(x))}\\text{ at }{u}\\,{Dg(x)}");
  });

  it("shows paths as arrows between node labels", () => {
    expect(answerLatex({ kind: "paths", graph }, [["x2", "u1", "y"]])).toBe(
      "\\text{x₂} \\to \\text{u₁} \\to \\text{y}",
    );
  });

  it("shows a shape with a times sign", () => {
    expect(answerLatex({ kind: "shape" }, { rows: 3, cols: 1 })).toBe("3\\times 1");
  });
});
