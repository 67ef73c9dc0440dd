import { chainProductCost, num, type ChainOrder, type Shape } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { numberKey } from "./answer-keys";
import { chainData, chainSentence, orderData, orderLatex, productsOf, type Chain } from "./chain";
import { countLatex } from "./choice-key";

/** Every way to bracket a chain of 2, 3 or 4 factors. */
const ORDERS: Readonly<Record<number, readonly ChainOrder[]>> = {
  2: [[0, 1]],
  3: [
    [0, [1, 2]],
    [[0, 1], 2],
  ],
  4: [
    [0, [1, [2, 3]]],
    [0, [[1, 2], 3]],
    [
      [0, 1],
      [2, 3],
    ],
    [[0, [1, 2]], 3],
    [[[0, 1], 2], 3],
  ],
};

/** Chain lengths and the sizes its dimensions are drawn from, by difficulty. */
const LEVELS: Readonly<Record<Difficulty, { factors: number; sizes: readonly number[] }>> = {
  1: { factors: 2, sizes: [1, 2, 3, 4, 5, 10] },
  2: { factors: 3, sizes: [1, 10, 20, 50, 100] },
  3: { factors: 4, sizes: [1, 2, 5, 10, 20, 50] },
};

/** S13: the number of scalar multiplications of one bracketing of a chain of Jacobians. */
export const chainCost: Generator = {
  id: "chain-cost",
  draw(random: Random, difficulty: Difficulty): Draft {
    const { factors, sizes } = LEVELS[difficulty];
    const dims = Array.from({ length: factors + 1 }, () => random.pick(sizes));
    // A chain of scalars costs one multiplication per product whatever the order: not a question.
    if (Math.max(...dims) === 1) dims[0] = 10;
    const chain: Chain = dims
      .slice(0, -1)
      .map((rows, i): Shape => ({ rows, cols: dims[i + 1] ?? 1 }));
    return draft(chain, random.pick(ORDERS[factors] ?? []));
  },
};

function draft(chain: Chain, order: ChainOrder): Draft {
  const cost = chainProductCost(chain, order);
  const steps = productsOf(chain, order).map(({ latex, left, right }, k) => ({
    text: `${k === 0 ? "First" : "Then"} $${latex}$: a $(${countLatex(left.rows)}\\times ${countLatex(left.cols)})(${countLatex(right.rows)}\\times ${countLatex(right.cols)})$ product, giving a $${countLatex(left.rows)}\\times ${countLatex(right.cols)}$ matrix.`,
    latex: `${left.rows}\\cdot ${left.cols}\\cdot ${right.cols} = ${countLatex(left.rows * left.cols * right.cols)}`,
  }));
  return {
    prompt:
      `In a chain of Jacobians, ${chainSentence(chain)}. An $(a\\times b)(b\\times c)$ product costs $abc$ scalar multiplications.\n\n` +
      `How many scalar multiplications does computing $${orderLatex(chain, order)}$ take in all?`,
    data: { ask: "chain-cost", shapes: chainData(chain), order: orderData(order) },
    key: numberKey(num(cost)),
    hints: [
      "Multiply in the order the brackets say, innermost first.",
      "Each $(a\\times b)(b\\times c)$ product costs $abc$ and gives an $a\\times c$ matrix, which is the next product's factor.",
      "Add up the costs of all the products.",
    ],
    steps: [...steps, { text: "Add the costs.", latex: `\\text{total} = ${countLatex(cost)}` }],
  };
}
