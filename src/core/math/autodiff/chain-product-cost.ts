import type { Shape } from "../expr";

/**
 * How a product of Jacobians J₁ J₂ … is associated: a leaf is the index of a factor in written
 * order (0 is the leftmost), a pair is the product of its two halves. For J₃ J₂ J₁ written as
 * factors [J₃, J₂, J₁], J₃(J₂J₁) is [0, [1, 2]] and (J₃J₂)J₁ is [[0, 1], 2].
 */
export type ChainOrder = number | readonly [ChainOrder, ChainOrder];

/** Right to left, from the input side, as forward mode pushes a perturbation: J₃(J₂(J₁)). */
export function forwardOrder(count: number): ChainOrder {
  return count <= 1 ? 0 : [0, shift(forwardOrder(count - 1), 1)];
}

/** Left to right, from the output side, as reverse mode pulls a gradient: ((J₃J₂)J₁). */
export function reverseOrder(count: number): ChainOrder {
  return count <= 1 ? 0 : [reverseOrder(count - 1), count - 1];
}

const shift = (order: ChainOrder, by: number): ChainOrder =>
  typeof order === "number" ? order + by : [shift(order[0], by), shift(order[1], by)];

/**
 * The scalar multiplications needed to multiply the factors with these shapes (in written order)
 * in the given association: an (a×b)(b×c) product costs a·b·c (lesson, Section 8, S13). Throws if
 * the order does not name every factor once, left to right, or if inner dimensions differ.
 */
export function chainProductCost(shapes: readonly Shape[], order: ChainOrder): number {
  const leaves: number[] = [];
  const walk = (node: ChainOrder): { readonly shape: Shape; readonly cost: number } => {
    if (typeof node === "number") {
      const shape = shapes[node];
      if (shape === undefined) throw new Error(`chainProductCost: no factor ${node}`);
      leaves.push(node);
      return { shape, cost: 0 };
    }
    const left = walk(node[0]);
    const right = walk(node[1]);
    if (left.shape.cols !== right.shape.rows) {
      throw new Error(
        `chainProductCost: cannot multiply ${left.shape.rows}×${left.shape.cols} by ${right.shape.rows}×${right.shape.cols}`,
      );
    }
    const cost = left.shape.rows * left.shape.cols * right.shape.cols;
    return {
      shape: { rows: left.shape.rows, cols: right.shape.cols },
      cost: left.cost + right.cost + cost,
    };
  };
  const { cost } = walk(order);
  if (leaves.length !== shapes.length || leaves.some((leaf, k) => leaf !== k)) {
    throw new Error(
      `chainProductCost: the order must use factors 0…${shapes.length - 1} once, in order`,
    );
  }
  return cost;
}
