import { describe, expect, it } from "vitest";
import type { AnswerKindName } from "../../api";
import { answerTex } from "./answer-tex";

describe("answerTex", () => {
  it("typesets a matrix answer as a matrix", () => {
    const tex = answerTex({ kind: "matrix", answer: "[[2*x1, 1], [0, x2^2]]" });
    expect(tex).toContain("matrix");
    expect(tex).toContain("x_{2}^{2}");
  });

  it("typesets an expression with its variables", () => {
    expect(answerTex({ kind: "expression", answer: "2x1 + sin(x2)" })).toMatch(/x_\{1\}.*\\sin/);
  });

  it.each([
    { answer: "2x3", tex: "2\\times 3" },
    { answer: " 3 × 1 ", tex: "3\\times 1" },
  ])("typesets the shape '$answer' as $tex", ({ answer, tex }) => {
    expect(answerTex({ kind: "shape", answer })).toBe(tex);
  });

  it.each<{ kind: AnswerKindName; answer: string }>([
    { kind: "choice", answer: "b" },
    { kind: "choice", answer: "inner-first" },
    { kind: "ordering", answer: "Dg · Df" },
    { kind: "paths", answer: "x2 → u1 → y; x1 → u2 → y" },
    { kind: "arrow", answer: "(1.000, 2.000)" },
    { kind: "expression", answer: "" },
    { kind: "expression", answer: "2x1 +" },
    { kind: "shape", answer: "two by three" },
  ])("gives null for a $kind answer ('$answer'), shown as plain text", (example) => {
    expect(answerTex(example)).toBeNull();
  });
});
