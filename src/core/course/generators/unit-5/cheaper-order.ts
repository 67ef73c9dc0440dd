import {
  chainProductCost,
  forwardOrder,
  reverseOrder,
  type ChainOrder,
  type Shape,
} from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { chainData, chainSentence, orderLatex, type Chain } from "./chain";
import { choiceKey, countLatex } from "./choice-key";
import { redraw } from "./redraw";

/** The bracketings offered, by option id: from the input side, from the output side, or split in two. */
const ORDER_OF: Readonly<Record<string, (factors: number) => ChainOrder>> = {
  forward: forwardOrder,
  reverse: reverseOrder,
  split: () => [
    [0, 1],
    [2, 3],
  ],
};

/** Chain dimensions by difficulty; the first or the last is 1 (a scalar loss or a single input). */
function drawDims(random: Random, difficulty: Difficulty): number[] {
  if (difficulty === 1) {
    const n = random.pick([10, 100, 1000]);
    return [1, n, n, n];
  }
  const count = difficulty === 2 ? 4 : 5;
  const dims = Array.from({ length: count }, () => random.pick([10, 50, 100, 500, 1000]));
  if (random.next() < 0.5) dims[0] = 1;
  else dims[count - 1] = 1;
  return dims;
}

/** S13: which bracketing of a chain of Jacobians is cheapest (M3: a costlier one). */
export const cheaperOrder: Generator = {
  id: "cheaper-order",
  draw(random: Random, difficulty: Difficulty): Draft {
    const draw = (): Chain => {
      const dims = drawDims(random, difficulty);
      return dims.slice(0, -1).map((rows, i): Shape => ({ rows, cols: dims[i + 1] ?? 1 }));
    };
    // One option must be strictly the cheapest, or the question has two right answers.
    const chain = redraw(
      draw,
      (c) => costsOf(c).filter((cost, _, all) => cost === Math.min(...all)).length === 1,
      "cheaper-order",
    );
    return draft(random, chain, idsOf(chain), costsOf(chain));
  },
};

const idsOf = (chain: Chain): string[] =>
  chain.length === 4 ? ["forward", "reverse", "split"] : ["forward", "reverse"];

const costsOf = (chain: Chain): number[] =>
  idsOf(chain).map((id) => chainProductCost(chain, orderOf(id, chain)));

const orderOf = (id: string, chain: Chain): ChainOrder => {
  const make = ORDER_OF[id];
  if (!make) throw new Error(`cheaper-order: no order ${id}`);
  return make(chain.length);
};

function draft(
  random: Random,
  chain: Chain,
  ids: readonly string[],
  costs: readonly number[],
): Draft {
  const best = ids[costs.indexOf(Math.min(...costs))] ?? "";
  const latex = (id: string) => orderLatex(chain, orderOf(id, chain));
  return {
    prompt:
      `In a chain of Jacobians, ${chainSentence(chain)}. All bracketings give the same product.\n\n` +
      `Which bracketing takes the fewest scalar multiplications?`,
    data: { ask: "cheaper-order", shapes: chainData(chain), options: [...ids] },
    key: choiceKey(
      random,
      ids.map((id) => ({ id, label: `$${latex(id)}$` })),
      best,
    ),
    hints: [
      "An $(a\\times b)(b\\times c)$ product costs $abc$ scalar multiplications.",
      "Where the chain has a side of size $1$, start there: every product is then a vector times a matrix.",
    ],
    steps: [
      ...ids.map((id, k) => ({
        text: `Count the products of $${latex(id)}$, innermost first.`,
        latex: `${latex(id)}:\\quad ${countLatex(costs[k] ?? 0)}\\text{ multiplications}`,
      })),
      {
        text: "The cheapest keeps a vector in every product and never forms a matrix–matrix product.",
        latex: latex(best),
      },
    ],
  };
}
