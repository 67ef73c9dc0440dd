import { describe, expect, it } from "vitest";
import { linearizeAt } from "./linearization";
import { pathReducer } from "./path-selection";
import { tracePaths } from "./path-sum";
import { compiled, TEST_COMPOSITIONS } from "./test-compositions";

describe("tracePaths", () => {
  it.each(TEST_COMPOSITIONS)("sums the paths to every Jacobian entry of $name", (text) => {
    const c = compiled(text);
    const l = linearizeAt(c, c.composition.x0);
    l.dh.forEach((row, k) =>
      row.forEach((entry, j) => {
        const paths = tracePaths(c, l, j, k);
        expect(paths.entry).toBe(entry);
        expect(Math.abs(paths.sum - entry)).toBeLessThan(1e-9);
      }),
    );
  });

  it("finds the two paths x₁ → u₁ → y and x₁ → u₂ → y of lesson example 1, 2 + 8 = 10", () => {
    const c = compiled(TEST_COMPOSITIONS[0] ?? { g: "", f: "", x: "" });
    const paths = tracePaths(c, linearizeAt(c, [1, 2]), 0, 0);
    expect(paths.terms).toEqual([
      { via: 0, outer: 1, inner: 2, product: 2 },
      { via: 1, outer: 4, inner: 2, product: 8 },
    ]);
    expect(paths.sum).toBe(10);
  });

  it("draws no path through an edge whose partial is zero as an expression", () => {
    const c = compiled({ g: "[x1, x2]", f: "u1*u2", x: "1, 1" });
    const paths = tracePaths(c, linearizeAt(c, [1, 1]), 0, 0);
    expect(paths.terms.map((t) => t.via)).toEqual([0]);
  });

  it("keeps a path whose partial is zero only at this point", () => {
    const c = compiled({ g: "[x1^2, x2]", f: "u1 + u2", x: "0, 1" });
    const paths = tracePaths(c, linearizeAt(c, [0, 1]), 0, 0);
    expect(paths.terms).toEqual([{ via: 0, outer: 1, inner: 0, product: 0 }]);
  });
});

describe("pathReducer", () => {
  it("picks the input and the output independently", () => {
    const picked = pathReducer(
      pathReducer({ input: 0, output: 0 }, { type: "pick-input", index: 2 }),
      {
        type: "pick-output",
        index: 1,
      },
    );
    expect(picked).toEqual({ input: 2, output: 1 });
  });
});
