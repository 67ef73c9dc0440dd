import { describe, expect, it } from "vitest";
import { typeset, typesetStrict } from "./katex";

describe("typeset", () => {
  it("emits MathML beside the HTML so screen readers can read the formula", () => {
    const html = typeset("x^2", false);
    expect(html).toContain("katex-html");
    expect(html).toContain("<math");
  });

  it("shows the error text instead of throwing on a formula that cannot be parsed", () => {
    expect(typeset("x^", false)).toContain("katex-error");
  });
});

describe("typesetStrict", () => {
  it.each([
    ["an unknown command", "\\nosuchmacro"],
    ["a parse error", "\\frac{1}{"],
    ["non-standard input that KaTeX only warns about", "é"],
  ])("rejects %s", (_, tex) => {
    expect(typesetStrict(tex, true).ok).toBe(false);
  });

  it("accepts a well-formed display formula", () => {
    expect(typesetStrict("D(f\\circ g)(x) = Df(g(x))\\,Dg(x)", true).ok).toBe(true);
  });
});
