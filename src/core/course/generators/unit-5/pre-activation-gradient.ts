import { toInputSyntax, variable, type Expr } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { vectorKey } from "./answer-keys";
import { isUsable, type Answers } from "./distinct-answers";
import { drawLayer, layerData, preActivationNames, type Layer } from "./layer";
import { linearCombination } from "./linear-combination";
import { columnLatex, exact, ints, whole } from "./network-text";
import { mulQ, rational, type Rational } from "./rational";

type VectorAnswers = Answers<readonly Expr[]>;

/** S10: the gradient at the pre-activation, ∇ₐℓ = σ′(a) ⊙ c, for h = σ(a) and ℓ = cᵀh. */
export const preActivationGradient: Generator = {
  id: "pre-activation-gradient",
  draw(random: Random, difficulty: Difficulty): Draft {
    const layer = drawLayer(random, difficulty, (candidate) => isUsable(answersOf(candidate)));
    return draft(layer, answersOf(layer));
  },
};

/** M6 multiplies c by σ(a) instead of σ′(a); M7 drops the factor and gives c. */
function answersOf(layer: Layer): VectorAnswers {
  const times = (pick: (i: number) => Rational) =>
    exact(layer.c.map((ci, i) => mulQ(rational(ci), pick(i))));
  return {
    solution: times((i) => layer.at[i]?.slope ?? rational(0)),
    mistakes: [
      { mistake: "M6", answer: times((i) => layer.at[i]?.h ?? rational(0)) },
      { mistake: "M7", answer: exact(whole(layer.c)) },
    ],
  };
}

function draft(layer: Layer, answers: VectorAnswers): Draft {
  const names = preActivationNames(layer);
  const sigma = layer.activation.latex;
  const lossText = linearCombination(
    layer.c.map((ci, i) => [ci, layer.activation.apply(variable(names[i] ?? ""))]),
  );
  const slopes = exact(layer.at.map((p) => p.slope));
  return {
    prompt:
      `Let $\\mathbf{h} = ${sigma}(\\mathbf{a})$ elementwise, with ${layer.activation.definition}, and $\\ell = \\mathbf{c}^\\top\\mathbf{h}$, at\n\n` +
      `$$\\mathbf{a} = ${columnLatex(layer.at.map((p) => p.a))}, \\qquad \\mathbf{c} = ${columnLatex(ints(layer.c))}.$$\n\n` +
      `Find the column $\\nabla_{\\mathbf{a}}\\,\\ell$, computed as an elementwise product.`,
    data: {
      ask: "pre-activation-gradient",
      c: [...layer.c],
      ...layerData(layer, {
        name: "loss",
        variables: names,
        components: [toInputSyntax(lossText)],
      }),
    },
    key: vectorKey(answers.solution, answers.mistakes),
    hints: [
      "Pull back from $\\ell$: $\\nabla_{\\mathbf{h}}\\,\\ell = \\mathbf{c}$.",
      `The block $\\mathbf{h} = ${sigma}(\\mathbf{a})$ has Jacobian $\\operatorname{Diag}(${sigma}'(\\mathbf{a}))$, and multiplying by a Diag is an elementwise product.`,
      `${layer.activation.slopeRule} Evaluate it at $\\mathbf{a}$.`,
    ],
    steps: [
      {
        text: "The readout $\\ell = \\mathbf{c}^\\top\\mathbf{h}$ has Jacobian $\\mathbf{c}^\\top$, so $\\nabla_{\\mathbf{h}}\\,\\ell = \\mathbf{c}$.",
      },
      {
        text: `Evaluate $${sigma}'$ at $\\mathbf{a}$. ${layer.activation.slopeRule}`,
        latex: `${sigma}'(\\mathbf{a}) = ${columnLatex(slopes)}`,
      },
      {
        text: "Multiply entry by entry: $\\operatorname{Diag}(\\sigma'(\\mathbf{a}))^\\top\\mathbf{c} = \\sigma'(\\mathbf{a})\\odot\\mathbf{c}$.",
        latex: `\\nabla_{\\mathbf{a}}\\,\\ell = ${columnLatex(slopes)}\\odot${columnLatex(ints(layer.c))} = ${columnLatex(answers.solution)}`,
      },
    ],
  };
}
