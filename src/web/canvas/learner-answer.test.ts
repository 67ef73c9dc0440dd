import { describe, expect, it } from "vitest";
import { parseComposition } from "./composition";
import { readExtras, type ExtrasText } from "./learner-answer";

// g: R³ → R² and a scalar f: Dg is 2×3, Δy has one entry, ∇ₓ three.
const parsed = parseComposition({ g: "[x1*x2, x3]", f: "u1 + u2", x: "1, 2, 3" });
if (!parsed.ok) throw new Error(parsed.error.message);
const composition = parsed.value;
const NONE: ExtrasText = { dx: null, mineOf: null, mine: null };
const answer = (mineOf: string, mine: string) =>
  readExtras({ ...NONE, mineOf, mine }, composition).mine;

describe("a learner's answer in a playground URL", () => {
  it.each([
    [
      "reads a matrix of numbers shaped like Dg",
      "dg",
      "[[1, 0, 2], [0.5, -1, 0]]",
      {
        of: "dg",
        matrix: [
          [1, 0, 2],
          [0.5, -1, 0],
        ],
      },
    ],
    [
      "reads constants and fractions as numbers",
      "dg",
      "[[pi, 0, 1/2], [0, 0, 0]]",
      {
        of: "dg",
        matrix: [
          [Math.PI, 0, 0.5],
          [0, 0, 0],
        ],
      },
    ],
    ["reads a guess at Δy of f's length", "dy", "[3]", { of: "dy", vector: [3] }],
    [
      "reads a guess at ∇ₓ of the input's length",
      "grad-x",
      "[1,2,3]",
      { of: "grad-x", vector: [1, 2, 3] },
    ],
    ["ignores a matrix of the wrong shape", "dg", "[[1, 0], [0, 1]]", undefined],
    ["ignores a vector given as a guess at Dg", "dg", "[1, 2, 3]", undefined],
    ["ignores a guess at ∇ₓ of the wrong length", "grad-x", "[1, 2]", undefined],
    ["ignores a matrix with a variable in it", "dg", "[[x1, 0, 0], [0, 0, 0]]", undefined],
    ["ignores an entry that is not finite", "dg", "[[1/0, 0, 0], [0, 0, 0]]", undefined],
    ["ignores text that does not parse", "dg", "[[1, 0, 2], [0.5, -1", undefined],
    ["ignores an unknown kind of guess", "dz", "[3]", undefined],
  ])("%s", (_title, mineOf, mine, expected) => {
    expect(answer(mineOf, mine)).toEqual(expected);
  });

  it("reads the item's Δx when it has the input's dimension, and ignores it otherwise", () => {
    expect(readExtras({ ...NONE, dx: "[0.1,-0.2,0]" }, composition).dx).toEqual([0.1, -0.2, 0]);
    expect(readExtras({ ...NONE, dx: "[0.1,-0.2]" }, composition).dx).toBeUndefined();
  });

  it("draws nothing extra when the URL carries nothing", () => {
    expect(readExtras(NONE, composition)).toEqual({ dx: undefined, mine: undefined });
  });
});
