import type { Expr } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { matrixKey } from "./answer-keys";
import { isUsable, type Answers } from "./distinct-answers";
import { delta, drawNetwork, hidden, timesReadout, type Network } from "./network";
import {
  columnLatex,
  deltaSteps,
  exact,
  forwardSteps,
  ints,
  matrixLatex,
  networkData,
  networkSetup,
  outer,
  whole,
} from "./network-text";

type MatrixAnswers = Answers<readonly (readonly Expr[])[]>;

/** S14: the gradient of the tiny network's loss with respect to its weights, ∇_W ℓ = δxᵀ. */
export const weightGradient: Generator = {
  id: "weight-gradient",
  draw(random: Random, difficulty: Difficulty): Draft {
    const net = drawNetwork(random, difficulty, (candidate) => isUsable(answersOf(candidate)));
    return draft(net, answersOf(net));
  },
};

/** M2a is xδᵀ (the transpose, n×m); M6 and M7 replace δ by σ(a) ⊙ c and by c. */
function answersOf(net: Network): MatrixAnswers {
  const d = delta(net);
  const x = whole(net.x);
  return {
    solution: outer(d, x),
    mistakes: [
      { mistake: "M2a", answer: outer(x, d) },
      { mistake: "M6", answer: outer(timesReadout(net, hidden(net)), x) },
      { mistake: "M7", answer: outer(whole(net.c), x) },
    ],
  };
}

function draft(net: Network, answers: MatrixAnswers): Draft {
  const xRow = matrixLatex([ints(net.x)]);
  return {
    prompt: `${networkSetup(net)}Find $\\nabla_W\\,\\ell$, the gradient of $\\ell$ with respect to the weights (choose its shape).`,
    data: { ask: "weight-gradient", ...networkData(net) },
    key: matrixKey(answers.solution, answers.mistakes),
    hints: [
      "$\\nabla_W\\,\\ell$ has one entry per weight, so it has the shape of $W$.",
      "$W_{ij}$ enters only $a_i = \\sum_j W_{ij}x_j + b_i$, so $\\partial\\ell/\\partial W_{ij} = \\delta_i\\,x_j$ with $\\boldsymbol{\\delta} = \\nabla_{\\mathbf{a}}\\,\\ell$.",
      "Find $\\boldsymbol{\\delta} = \\sigma'(\\mathbf{a})\\odot\\mathbf{c}$ first; then $\\nabla_W\\,\\ell = \\boldsymbol{\\delta}\\,\\mathbf{x}^\\top$.",
    ],
    steps: [
      ...forwardSteps(net),
      ...deltaSteps(net),
      {
        text: "Each $W_{ij}$ multiplies $x_j$ into $a_i$, so $\\partial\\ell/\\partial W_{ij} = \\delta_i x_j$: the outer product $\\boldsymbol{\\delta}\\,\\mathbf{x}^\\top$, with the shape of $W$.",
        latex: `\\nabla_W\\,\\ell = \\boldsymbol{\\delta}\\,\\mathbf{x}^\\top = ${columnLatex(exact(delta(net)))}${xRow} = ${matrixLatex(answers.solution)}`,
      },
    ],
  };
}
