import { describe, expect, it } from "vitest";
import { readCell } from "./read-cell";

describe("readCell", () => {
  it("reports a blank cell as blank, not as an error", () => {
    expect(readCell("  ", ["x1"])).toEqual({ kind: "blank" });
  });

  it("reads a formula into LaTeX with the spec's variables", () => {
    const reading = readCell("2*x1 + sin(x2)", ["x1", "x2"]);
    expect(reading.kind).toBe("read");
    expect(reading.kind === "read" ? reading.latex : "").toContain("\\sin");
  });

  it("reports an unknown variable with its position in the text as typed", () => {
    const reading = readCell("x1 + y", ["x1"]);
    expect(reading).toMatchObject({
      kind: "error",
      error: { code: "unknown-variable", position: 5 },
    });
  });

  it("refuses a matrix inside a single cell", () => {
    expect(readCell("[[1, 2], [3, 4]]", []).kind).toBe("error");
  });
});
