import { describe, expect, it } from "vitest";
import { differentiate } from "./differentiate";
import { parseTrustedExpression } from "./parse-expression";
import { toInputSyntax } from "./to-input-syntax";

const VARIABLES = ["x", "y", "w", "b"];
const d = (text: string, variable: string) =>
  toInputSyntax(differentiate(parseTrustedExpression(text, VARIABLES), variable));

describe("differentiate", () => {
  it.each([
    { text: "x^2*y", variable: "x", shown: "2*x*y" },
    { text: "3*x*y^2", variable: "y", shown: "6*x*y" },
    { text: "sigma(x)", variable: "x", shown: "sigma(x)*(1 - sigma(x))" },
    { text: "sigma(w*x + b)", variable: "b", shown: "sigma(w*x + b)*(1 - sigma(w*x + b))" },
    { text: "tanh(w*x)", variable: "w", shown: "x*(1 - tanh(w*x)^2)" },
    { text: "-sigma(2*x)", variable: "x", shown: "-2*sigma(2*x)*(1 - sigma(2*x))" },
    { text: "x + sigma(x)", variable: "x", shown: "1 + sigma(x)*(1 - sigma(x))" },
    { text: "sqrt(x)", variable: "x", shown: "1/(2*sqrt(x))" },
    { text: "-x/2", variable: "x", shown: "-1/2" },
    { text: "x/y", variable: "y", shown: "-x/y^2" },
    { text: "sin(pi*x)", variable: "x", shown: "pi*cos(pi*x)" },
    { text: "log(x)", variable: "x", shown: "1/x" },
    { text: "e^x", variable: "x", shown: "e^x" },
    { text: "sigma(y)", variable: "x", shown: "0" },
    { text: "w", variable: "x", shown: "0" },
  ])("gives d/d$variable of $text as $shown", ({ text, variable, shown }) => {
    expect(d(text, variable)).toBe(shown);
  });

  it("differentiates in a variable the expression does not use", () => {
    expect(toInputSyntax(differentiate(parseTrustedExpression("x", ["x"]), "z"))).toBe("0");
  });
});
