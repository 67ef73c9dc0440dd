import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { vectorKey } from "./answer-keys";
import { notAllZero } from "./distinct-answers";
import { drawNetwork, hidden, type Network } from "./network";
import { columnLatex, exact, forwardSteps, networkData, networkSetup } from "./network-text";

/**
 * S14: the gradient of the loss with respect to the readout, ∇_c ℓ = h. Giving c instead of h
 * has no code in the catalogue yet, so no mistake is listed.
 */
export const readoutGradient: Generator = {
  id: "readout-gradient",
  draw(random: Random, difficulty: Difficulty): Draft {
    const net = drawNetwork(random, difficulty, (candidate) =>
      notAllZero(exact(hidden(candidate))),
    );
    return draft(net);
  },
};

function draft(net: Network): Draft {
  const h = exact(hidden(net));
  return {
    prompt: `${networkSetup(net)}Find $\\nabla_{\\mathbf{c}}\\,\\ell$, a column of ${net.c.length} numbers.`,
    data: { ask: "readout-gradient", ...networkData(net) },
    key: vectorKey(h, []),
    hints: [
      "$\\ell = c_1h_1 + c_2h_2 + \\cdots$: which number multiplies $c_i$?",
      "So you need $\\mathbf{h}$, not $\\mathbf{c}$: run the forward pass.",
    ],
    steps: [
      ...forwardSteps(net),
      {
        text: "$\\ell = \\mathbf{c}^\\top\\mathbf{h}$ is linear in $\\mathbf{c}$ with coefficients $\\mathbf{h}$, so its gradient is $\\mathbf{h}$.",
        latex: `\\nabla_{\\mathbf{c}}\\,\\ell = \\mathbf{h} = ${columnLatex(h)}`,
      },
    ],
  };
}
