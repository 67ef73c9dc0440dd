import { describe, expect, it } from "vitest";
import { answerTex } from "./answer-tex";

describe("answerTex", () => {
  it("typesets a matrix answer as a matrix", () => {
    const tex = answerTex("[[2*x1, 1], [0, x2^2]]");
    expect(tex).toContain("matrix");
    expect(tex).toContain("x_{2}^{2}");
  });

  it("typesets an expression with its variables", () => {
    expect(answerTex("2x1 + sin(x2)")).toMatch(/x_\{1\}.*\\sin/);
  });

  it.each([
    { text: "2x3", tex: "2\\times 3" },
    { text: " 3 × 1 ", tex: "3\\times 1" },
  ])("typesets the shape '$text' as $tex", ({ text, tex }) => {
    expect(answerTex(text)).toBe(tex);
  });

  it.each([
    { kind: "choice", text: "inner-first" },
    { kind: "choice", text: "row" },
    { kind: "ordering", text: "Dg · Df" },
    { kind: "paths", text: "x2 → u1 → y; x1 → u2 → y" },
    { kind: "arrow", text: "(1.000, 2.000)" },
    { kind: "blank", text: "" },
  ])("gives null for a $kind answer ('$text'), shown as plain text", ({ text }) => {
    expect(answerTex(text)).toBeNull();
  });
});
