import type { Expr } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { vectorKey } from "./answer-keys";
import { isUsable, type Answers } from "./distinct-answers";
import { delta, drawNetwork, hidden, timesReadout, type Network } from "./network";
import {
  columnLatex,
  deltaSteps,
  exact,
  forwardSteps,
  networkData,
  networkSetup,
  whole,
} from "./network-text";

type VectorAnswers = Answers<readonly Expr[]>;

/** S14: the gradient of the tiny network's loss with respect to its bias, ∇_b ℓ = δ. */
export const biasGradient: Generator = {
  id: "bias-gradient",
  draw(random: Random, difficulty: Difficulty): Draft {
    const net = drawNetwork(random, difficulty, (candidate) => isUsable(answersOf(candidate)));
    return draft(net, answersOf(net));
  },
};

/** M6 and M7 replace δ = σ′(a) ⊙ c by σ(a) ⊙ c and by c. */
function answersOf(net: Network): VectorAnswers {
  return {
    solution: exact(delta(net)),
    mistakes: [
      { mistake: "M6", answer: exact(timesReadout(net, hidden(net))) },
      { mistake: "M7", answer: exact(whole(net.c)) },
    ],
  };
}

function draft(net: Network, answers: VectorAnswers): Draft {
  return {
    prompt: `${networkSetup(net)}Find $\\nabla_{\\mathbf{b}}\\,\\ell$, a column of ${net.b.length} numbers.`,
    data: { ask: "bias-gradient", ...networkData(net) },
    key: vectorKey(answers.solution, answers.mistakes),
    hints: [
      "$\\mathbf{b}$ enters only through $\\mathbf{a} = W\\mathbf{x} + \\mathbf{b}$, and $\\partial\\mathbf{a}/\\partial\\mathbf{b}$ is the identity.",
      "So $\\nabla_{\\mathbf{b}}\\,\\ell = \\nabla_{\\mathbf{a}}\\,\\ell = \\sigma'(\\mathbf{a})\\odot\\mathbf{c}$, with $\\sigma'$ evaluated at $\\mathbf{a}$.",
    ],
    steps: [
      ...forwardSteps(net),
      ...deltaSteps(net),
      {
        text: "$\\mathbf{a} = W\\mathbf{x} + \\mathbf{b}$ moves one for one with $\\mathbf{b}$ (its Jacobian is the identity), so the bias gets $\\boldsymbol{\\delta}$ itself.",
        latex: `\\nabla_{\\mathbf{b}}\\,\\ell = \\nabla_{\\mathbf{a}}\\,\\ell = ${columnLatex(answers.solution)}`,
      },
    ],
  };
}
