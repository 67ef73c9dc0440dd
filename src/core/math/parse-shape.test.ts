import { describe, expect, it } from "vitest";
import { parseShape } from "./parse-shape";

describe("parseShape", () => {
  it.each([
    ["2x3", 2, 3],
    ["2×3", 2, 3],
    ["2 by 3", 2, 3],
    ["2 x 3", 2, 3],
    [" 10X1 ", 10, 1],
    ["784*100", 784, 100],
  ])("reads %j as %i rows by %i columns", (text, rows, cols) => {
    expect(parseShape(text)).toEqual({ ok: true, value: { rows, cols } });
  });

  it.each([
    ["", "empty", 0],
    ["2x3" + " ".repeat(400), "too-long", 400],
    ["2y3", "bad-shape", 1],
    ["2x", "bad-shape", 2],
    ["2 by ", "bad-shape", 5],
    ["x3", "bad-shape", 0],
    ["0x3", "bad-shape", 0],
    ["2x0", "bad-shape", 2],
    ["2x3x4", "bad-shape", 3],
    ["2x999999", "bad-shape", 2],
  ])("rejects %j with %s at %i", (text, code, position) => {
    expect(parseShape(text)).toMatchObject({ ok: false, error: { code, position } });
  });

  it("says how to write a shape", () => {
    expect(parseShape("2y3")).toEqual({
      ok: false,
      error: {
        code: "bad-shape",
        position: 1,
        message: "type a shape as rows×columns, like 2x3 (problem at 2)",
      },
    });
  });
});
