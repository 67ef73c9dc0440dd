import { describe, expect, it } from "vitest";
import { matMul, matVec, transpose } from "./matrix";

describe("matMul", () => {
  it.each([
    { a: [[1, 2]], b: [[3], [4]], product: [[11]] },
    {
      a: [[3], [4]],
      b: [[1, 2]],
      product: [
        [3, 6],
        [4, 8],
      ],
    },
    {
      a: [
        [1, 2],
        [3, 4],
      ],
      b: [
        [0, 1],
        [1, 0],
      ],
      product: [
        [2, 1],
        [4, 3],
      ],
    },
    {
      a: [[2, 0, 1]],
      b: [
        [1, 0],
        [0, 1],
        [5, 5],
      ],
      product: [[7, 5]],
    },
  ])("multiplies $a by $b", ({ a, b, product }) => {
    expect(matMul(a, b)).toEqual(product);
  });

  it("throws naming both shapes when the inner dimensions differ", () => {
    expect(() => matMul([[1, 2]], [[1, 2]])).toThrow("1×2 by 1×2");
  });
});

describe("transpose", () => {
  it("turns row i into column i", () => {
    expect(
      transpose([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it("gives no rows for a matrix with no rows", () => {
    expect(transpose([])).toEqual([]);
  });
});

describe("matVec", () => {
  it("multiplies a matrix by a vector", () => {
    expect(
      matVec(
        [
          [4, -1],
          [1, 2],
        ],
        [0.5, 1],
      ),
    ).toEqual([1, 2.5]);
  });

  it("throws when the vector's length is not the number of columns", () => {
    expect(() => matVec([[1, 2]], [1, 2, 3])).toThrow("1×2 by a vector of length 3");
  });
});
