import { describe, expect, it } from "vitest";
import { typesetStrict } from "../math/katex";
import { collectFormulas } from "./collect-formulas";

// Every lesson file, read at test time by Vite's glob import (no Node file APIs in src/web).
const lessons = import.meta.glob<string>("../../../content/**/*.md", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** "file:line: message — formula" for every formula KaTeX rejects in strict mode. */
function strictFailures(): string[] {
  return Object.entries(lessons).flatMap(([file, text]) =>
    collectFormulas(text).flatMap((formula) => {
      const result = typesetStrict(formula.tex, formula.display);
      const name = file.replace(/^(\.\.\/)+/, "");
      return result.ok ? [] : [`${name}:${formula.line}: ${result.error} — ${formula.tex}`];
    }),
  );
}

describe("lesson content", () => {
  it("has lesson files under content/", () => {
    expect(Object.keys(lessons).length).toBeGreaterThan(0);
  });

  it("typesets every formula with KaTeX in strict mode", () => {
    expect(strictFailures()).toEqual([]);
  });
});
