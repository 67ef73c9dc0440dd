import { describe, expect, it } from "vitest";
import { parseTrustedExpression } from "./parse-expression";
import { simplifyExpr } from "./simplify-expr";
import { toInputSyntax } from "./to-input-syntax";

const VARIABLES = ["x1", "x2", "x", "y"];

describe("simplifyExpr", () => {
  it.each([
    { text: "2 * x1 ^ 1 * x2", shown: "2*x1*x2" },
    { text: "x2*x1*2", shown: "2*x1*x2" },
    { text: "x*x*2 + 0*y + y*1", shown: "2*x^2 + y" },
    { text: "x^2*(-1)/2", shown: "-x^2/2" },
    { text: "1/2/sqrt(x)", shown: "1/(2*sqrt(x))" },
    { text: "(x + 1) - 1", shown: "x" },
    { text: "sigma(0*x)", shown: "sigma(0)" },
    { text: "-(x*y)", shown: "-x*y" },
    { text: "2*(x1 + x2) + x1 - 2*(x1 - x2)", shown: "x1 + 4*x2" },
    { text: "2*x1*(x1 + x2)", shown: "2*x1*(x1 + x2)" },
  ])("simplifies $text to $shown", ({ text, shown }) => {
    expect(toInputSyntax(simplifyExpr(parseTrustedExpression(text, VARIABLES)))).toBe(shown);
  });
});
