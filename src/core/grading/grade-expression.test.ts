import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { parseTrustedExpression } from "../math";
import type { SpecOf } from "./answer-kinds";
import { expressionGrader } from "./grade-expression";

const spec: SpecOf<"expression"> = { kind: "expression", variables: ["x1", "x2"] };
const seed = asSeed(7);

function grade(solution: string, text: string) {
  const read = expressionGrader.read(spec, { kind: "expression", text });
  if (!read.ok) return { invalid: read.error.map((e) => e.error.code) };
  return expressionGrader.compare(
    parseTrustedExpression(solution, spec.variables),
    read.value,
    spec,
    seed,
  );
}

describe("expressionGrader", () => {
  it.each([
    ["an equivalent expression is the same", "2x1 + 2x1*x2^2", "2x1(1 + x2^2)", { kind: "same" }],
    ["a different expression differs, with no cells", "2x1", "2x2", { kind: "different" }],
    [
      "an answer undefined almost everywhere is undetermined",
      "x1",
      "log(-1 - x1^2)",
      { kind: "undetermined" },
    ],
    ["an unbalanced bracket is invalid", "x1", "sin(x1", { invalid: ["unbalanced-bracket"] }],
    ["an unknown name is invalid", "x1", "x3", { invalid: ["unknown-variable"] }],
    [
      "a text of 100 000 characters is invalid",
      "x1",
      "x1+".repeat(33_334),
      { invalid: ["too-long"] },
    ],
    ["a matrix is invalid", "x1", "[[x1]]", { invalid: ["matrix-not-allowed"] }],
  ])("%s", (_title, solution, text, expected) => {
    expect(grade(solution, text)).toEqual(expected);
  });

  it("sends an answer that reads back as the same expression", () => {
    const answer = parseTrustedExpression("sin(x1)^2 / (1 + e^x2)", spec.variables);
    const read = expressionGrader.read(spec, {
      kind: "expression",
      ...expressionGrader.submit(answer),
    });
    expect(read).toEqual({ ok: true, value: answer });
  });
});
