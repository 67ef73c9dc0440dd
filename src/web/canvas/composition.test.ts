import { describe, expect, it } from "vitest";
import { parseComposition, type CompositionText } from "./composition";

const EXAMPLE: CompositionText = { g: "[x1^2 + x2, x1*x2]", f: "u1 + u2^2", x: "1, 2" };

describe("parseComposition", () => {
  it("reads lesson example 1 as g: R² → R², f: R² → R at (1, 2)", () => {
    const parsed = parseComposition(EXAMPLE);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.xNames).toEqual(["x1", "x2"]);
    expect(parsed.value.uNames).toEqual(["u1", "u2"]);
    expect(parsed.value.g).toHaveLength(2);
    expect(parsed.value.f).toHaveLength(1);
    expect(parsed.value.x0).toEqual([1, 2]);
  });

  it.each([
    { x: "pi/2, 0", point: [Math.PI / 2, 0] },
    { x: "[1, -2, 3]", point: [1, -2, 3] },
    { x: "0.5", point: [0.5] },
  ])("evaluates the point $x to $point", ({ x, point }) => {
    const parsed = parseComposition({ g: "x1", f: "u1", x });
    expect(parsed.ok && parsed.value.x0).toEqual(point);
  });

  it.each<{ why: string; text: CompositionText; field: string; position: number | null }>([
    { why: "g is cut short", text: { ...EXAMPLE, g: "x1 +" }, field: "g", position: 4 },
    {
      why: "g uses x3 at a point of R²",
      text: { ...EXAMPLE, g: "[x3, x1]" },
      field: "g",
      position: 1,
    },
    { why: "f uses x1 instead of u1", text: { ...EXAMPLE, f: "x1 + u2" }, field: "f", position: 0 },
    {
      why: "f uses u3 while g has two outputs",
      text: { ...EXAMPLE, f: "u3" },
      field: "f",
      position: 0,
    },
    {
      why: "g calls a function off the whitelist",
      text: { ...EXAMPLE, g: "alert(x1)" },
      field: "g",
      position: 0,
    },
    { why: "the point has a variable", text: { ...EXAMPLE, x: "1, x1" }, field: "x", position: 3 },
    {
      why: "the point divides by zero",
      text: { ...EXAMPLE, x: "1/0, 1" },
      field: "x",
      position: null,
    },
    {
      why: "the point has four coordinates",
      text: { ...EXAMPLE, x: "1, 2, 3, 4" },
      field: "x",
      position: null,
    },
    {
      why: "g is a matrix",
      text: { ...EXAMPLE, g: "[[x1, x2], [x2, x1]]" },
      field: "g",
      position: null,
    },
  ])("reports field $field when $why", ({ text, field, position }) => {
    const parsed = parseComposition(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.field).toBe(field);
    expect(parsed.error.position).toBe(position);
    expect(parsed.error.message).not.toBe("");
  });
});
