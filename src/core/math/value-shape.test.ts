import { describe, expect, it } from "vitest";
import { num } from "./expr";
import type { MathValue, Shape } from "./expr";
import { valueShape } from "./value-shape";

describe("valueShape", () => {
  it.each<[string, MathValue, Shape]>([
    ["a scalar is 1×1", { kind: "scalar", expr: num(1) }, { rows: 1, cols: 1 }],
    [
      "a vector is a column",
      { kind: "vector", entries: [num(1), num(2), num(3)] },
      { rows: 3, cols: 1 },
    ],
    ["a row matrix is 1×n", { kind: "matrix", rows: [[num(1), num(2)]] }, { rows: 1, cols: 2 }],
    [
      "a matrix is rows×cols",
      {
        kind: "matrix",
        rows: [
          [num(1), num(2), num(3)],
          [num(4), num(5), num(6)],
        ],
      },
      { rows: 2, cols: 3 },
    ],
  ])("%s", (_title, value, shape) => {
    expect(valueShape(value)).toEqual(shape);
  });
});
