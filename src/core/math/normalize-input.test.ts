import { describe, expect, it } from "vitest";
import { normalizeInput, originalPosition } from "./normalize-input";

describe("normalizeInput", () => {
  it.each([
    ["x1 − x2", "x1 - x2"],
    ["a–b", "a-b"],
    ["a·b⋅c×d÷e", "a*b*c*d/e"],
    ["x**2", "x^2"],
    ["x_1 + y_22", "x1 + y22"],
    ["x₁₂", "x12"],
    ["x²", "x^(2)"],
    ["x²³", "x^(23)"],
    ["x⁻¹", "x^(-1)"],
    ["x²3", "x^(2)3"],
    ["σ(x)", " sigma (x)"],
    ["2π", "2 pi "],
    ["[a]ᵀ + [b]’", "[a]' + [b]'"],
    ["0x1 + 0b1 + 10x", "0 x1 + 0 b1 + 10x"],
    ["x\ty\nz\u00a0w", "x y z w"],
    ["_x", "_x"],
  ])("rewrites %j as %j", (raw, text) => {
    expect(normalizeInput(raw).text).toBe(text);
  });

  it("maps every normalized index, and the end, back to the character it came from", () => {
    const input = normalizeInput("σ(x_1)²");
    expect(input.text).toBe(" sigma (x1)^(2)");
    expect(input.origin).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 5, 6, 6, 6, 6, 7]);
  });

  it("maps `**` to the first star and clamps indexes outside the text", () => {
    const input = normalizeInput("a**b");
    expect([0, 1, 2, 3, -5, 99].map((i) => originalPosition(input, i))).toEqual([0, 1, 3, 4, 0, 4]);
  });
});
