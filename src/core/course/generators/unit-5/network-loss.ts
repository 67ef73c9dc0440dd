import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { numberKey } from "./answer-keys";
import { notAllZero } from "./distinct-answers";
import { drawNetwork, hidden, loss, type Network } from "./network";
import { exact, forwardSteps, networkData, networkSetup } from "./network-text";
import { rationalExpr } from "./rational";

/** S11, the forward half: the loss ℓ = cᵀσ(Wx + b) of the tiny network, as a number. */
export const networkLoss: Generator = {
  id: "network-loss",
  draw(random: Random, difficulty: Difficulty): Draft {
    // A network whose hidden layer is all zero (every ReLU off) has nothing to read out.
    const net = drawNetwork(random, difficulty, (candidate) =>
      notAllZero(exact(hidden(candidate))),
    );
    return draft(net);
  },
};

function draft(net: Network): Draft {
  return {
    prompt: `${networkSetup(net)}Run the forward pass and give the loss $\\ell$ as a number.`,
    data: { ask: "network-loss", ...networkData(net) },
    key: numberKey(rationalExpr(loss(net))),
    hints: [
      "Start with $\\mathbf{a} = W\\mathbf{x} + \\mathbf{b}$, one entry per row of $W$.",
      `Then $h_i = ${net.activation.latex}(a_i)$ for each entry, and $\\ell = \\sum_i c_i h_i$.`,
    ],
    steps: forwardSteps(net),
  };
}
