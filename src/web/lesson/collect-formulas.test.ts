import { describe, expect, it } from "vitest";
import { collectFormulas } from "./collect-formulas";

describe("collectFormulas", () => {
  it("finds inline, display and block formulas with their lines", () => {
    const text = "Inline $a+b$ here.\n\nDisplay $$c$$ too.\n\n$$\nd = e\n$$\n";
    expect(collectFormulas(text)).toEqual([
      { tex: "a+b", display: false, line: 1 },
      { tex: "c", display: true, line: 3 },
      { tex: "\nd = e\n", display: true, line: 5 },
    ]);
  });

  it("finds formulas inside canvas captions and list items", () => {
    const text = "- item $x_1$\n\n::: canvas three-boxes\nsee $y$\n:::\n";
    expect(collectFormulas(text).map((f) => f.tex)).toEqual(["x_1", "y"]);
  });

  it("ignores dollars in code and escaped dollars", () => {
    expect(collectFormulas("`$x$` and \\$5.\n\n```\n$y$\n```\n")).toEqual([]);
  });
});
