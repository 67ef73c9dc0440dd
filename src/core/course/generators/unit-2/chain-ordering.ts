import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import {
  CHAIN_NAMES,
  compositionLatex,
  jacobianAtLatex,
  signaturesLatex,
} from "../unit-1/chain-labels";

/**
 * S5: arrange the Jacobian factors of a chain of two (level 1), three (level 2) or four (level 3)
 * functions in the order they are multiplied. M1 is the chain read inside out, the reversed order.
 */
export const chainOrdering: Generator = {
  id: "chain-ordering",
  draw(random: Random, difficulty: Difficulty): Draft {
    const names = CHAIN_NAMES.slice(0, difficulty + 1);
    const dimensions = Array.from({ length: names.length + 1 }, () => random.int(1, 4));
    const ids = names.map((name) => `D${name}`);
    const solution = [...ids].reverse();
    let shown = random.shuffle(ids);
    while (shown.join() === solution.join()) shown = random.shuffle(ids);
    const label = (id: string) => `$${jacobianAtLatex(names, ids.indexOf(id))}$`;
    const composite = `D(${compositionLatex(names)})(\\mathbf{x})`;
    return {
      prompt:
        `Let ${signaturesLatex(names, dimensions)}. By the chain rule, $${composite}$ is the product of the ` +
        "Jacobians below. Put them in the order they are multiplied, from left to right.",
      data: { ask: "chain-order", names: [...names], dimensions },
      key: {
        kind: "ordering",
        spec: { kind: "ordering", factors: shown.map((id) => ({ id, label: label(id) })) },
        solution,
        mistakes: [{ mistake: "M1", answer: [...ids] }],
      },
      hints: [
        `The innermost function, $${names[0] ?? ""}$, acts first on $\\mathbf{x}$.`,
        "The outer derivative goes on the left: the last function applied comes first in the product.",
        "Each Jacobian is evaluated at its own function's input, and the shapes must chain.",
      ],
      steps: [
        {
          text: "Apply the chain rule once per function, outermost first; each factor at its function's input.",
          latex: `${composite} = ${solution.map((id) => jacobianAtLatex(names, ids.indexOf(id))).join("\\,")}`,
        },
      ],
    };
  },
};
