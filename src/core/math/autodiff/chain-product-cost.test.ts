import { describe, expect, it } from "vitest";
import { chainProductCost, forwardOrder, reverseOrder } from "./chain-product-cost";
import type { ChainOrder } from "./chain-product-cost";

const shape = (rows: number, cols: number) => ({ rows, cols });
/** J₃ J₂ J₁ of S13-a, written left to right: 1×1000, 1000×1000, 1000×1000. */
const S13A = [shape(1, 1000), shape(1000, 1000), shape(1000, 1000)];

describe("chainProductCost", () => {
  it.each<{ order: ChainOrder; label: string; cost: number }>([
    { order: [0, [1, 2]], label: "J3(J2 J1)", cost: 1_001_000_000 },
    { order: [[0, 1], 2], label: "(J3 J2) J1", cost: 2_000_000 },
  ])("counts $cost multiplications for $label in S13-a", ({ order, cost }) => {
    expect(chainProductCost(S13A, order)).toBe(cost);
  });

  it("costs a·b·c for one (a×b)(b×c) product and nothing for one factor", () => {
    expect(chainProductCost([shape(2, 3), shape(3, 4)], [0, 1])).toBe(24);
    expect(chainProductCost([shape(2, 3)], 0)).toBe(0);
  });

  it("builds the forward and reverse associations of S13-a", () => {
    expect(forwardOrder(3)).toEqual([0, [1, 2]]);
    expect(reverseOrder(3)).toEqual([[0, 1], 2]);
    expect(chainProductCost(S13A, reverseOrder(3))).toBe(2_000_000);
  });

  it.each<{ why: string; shapes: ReturnType<typeof shape>[]; order: ChainOrder; message: string }>([
    {
      why: "inner dimensions differ",
      shapes: [shape(2, 3), shape(2, 3)],
      order: [0, 1],
      message: "2×3 by 2×3",
    },
    {
      why: "a factor is missing",
      shapes: [shape(2, 2), shape(2, 2)],
      order: 0,
      message: "once, in order",
    },
    {
      why: "factors are out of order",
      shapes: [shape(2, 2), shape(2, 2)],
      order: [1, 0],
      message: "once, in order",
    },
    {
      why: "an index is past the end",
      shapes: [shape(2, 2)],
      order: [0, 1],
      message: "no factor 1",
    },
  ])("throws when $why", ({ shapes, order, message }) => {
    expect(() => chainProductCost(shapes, order)).toThrow(message);
  });
});
