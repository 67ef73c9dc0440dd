import type { Expr } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { vectorKey } from "./answer-keys";
import { isUsable, type Answers } from "./distinct-answers";
import { linearCombination } from "./linear-combination";
import {
  delta,
  drawNetwork,
  hidden,
  pullBack,
  pushForward,
  timesReadout,
  type Network,
} from "./network";
import {
  columnLatex,
  deltaSteps,
  exact,
  forwardSteps,
  ints,
  matrixLatex,
  networkData,
  networkSetup,
} from "./network-text";
import { rational, rationalExpr } from "./rational";

/** S11: backprop through a → h → ℓ with numbers: the gradient ∇ₓℓ = Wᵀ(σ′(a) ⊙ c). */
export const networkInputGradient: Generator = {
  id: "network-input-gradient",
  draw(random: Random, difficulty: Difficulty): Draft {
    const net = drawNetwork(random, difficulty, (candidate) => isUsable(answersOf(candidate)));
    return draft(net, answersOf(net));
  },
};

type VectorAnswers = Answers<readonly Expr[]>;

/**
 * The solution and the mistakes that show as values: M6 (σ(a) for σ′(a)), M7 (the Diag
 * dropped), M5 (σ′ at h; smooth σ only, since for the ReLU it gives the right answer) and,
 * when W is square so that Wδ is defined, M2c (the transpose missing).
 */
function answersOf(net: Network): VectorAnswers {
  const mistakes: VectorAnswers["mistakes"][number][] = [
    { mistake: "M6", answer: exact(pullBack(net, timesReadout(net, hidden(net)))) },
    {
      mistake: "M7",
      answer: exact(
        pullBack(
          net,
          net.c.map((ci) => rational(ci)),
        ),
      ),
    },
  ];
  const slopeAt = net.activation.slopeAt;
  if (slopeAt) mistakes.push({ mistake: "M5", answer: slopeAtHidden(net, slopeAt) });
  if (net.W.length === net.x.length) {
    mistakes.push({ mistake: "M2c", answer: exact(pushForward(net, delta(net))) });
  }
  return { solution: exact(pullBack(net, delta(net))), mistakes };
}

/** Wᵀ(σ′(h) ⊙ c): entry j is Σᵢ Wᵢⱼ cᵢ σ′(hᵢ), kept exact as an expression in σ or tanh. */
function slopeAtHidden(net: Network, slopeAt: (arg: Expr) => Expr): Expr[] {
  const h = hidden(net).map(rationalExpr);
  return net.x.map((_, j) =>
    linearCombination(
      net.W.map((row, i) => [(row[j] ?? 0) * (net.c[i] ?? 0), slopeAt(h[i] as Expr)]),
    ),
  );
}

function draft(net: Network, answers: VectorAnswers): Draft {
  const Wt = net.x.map((_, j) => ints(net.W.map((row) => row[j] ?? 0)));
  return {
    prompt: `${networkSetup(net)}Find $\\nabla_{\\mathbf{x}}\\,\\ell$, a column of ${net.x.length} numbers.`,
    data: { ask: "network-input-gradient", ...networkData(net) },
    key: vectorKey(answers.solution, answers.mistakes),
    hints: [
      "Run the forward pass first: $\\sigma'$ is evaluated at $\\mathbf{a}$, so you need $\\mathbf{a}$.",
      "Going back, $\\nabla_{\\mathbf{h}}\\,\\ell = \\mathbf{c}$ and $\\nabla_{\\mathbf{a}}\\,\\ell = \\sigma'(\\mathbf{a})\\odot\\mathbf{c}$.",
      "Pull back through the affine block with the transpose: $\\nabla_{\\mathbf{x}}\\,\\ell = W^\\top\\nabla_{\\mathbf{a}}\\,\\ell$.",
    ],
    steps: [
      ...forwardSteps(net),
      ...deltaSteps(net),
      {
        text: "Pull back through the affine block with the transpose of $W$.",
        latex: `\\nabla_{\\mathbf{x}}\\,\\ell = W^\\top\\nabla_{\\mathbf{a}}\\,\\ell = ${matrixLatex(Wt)}${columnLatex(exact(delta(net)))} = ${columnLatex(answers.solution)}`,
      },
    ],
  };
}
