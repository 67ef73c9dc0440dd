import { num, toInputSyntax, variable, type Expr } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { matrixKey } from "./answer-keys";
import { isUsable, type Answers } from "./distinct-answers";
import { drawLayer, layerData, preActivationNames, type Layer } from "./layer";
import { columnLatex, exact, matrixLatex } from "./network-text";
import { rationalExpr, type Rational } from "./rational";

type MatrixAnswers = Answers<readonly (readonly Expr[])[]>;

/** S10: the local Jacobian of an elementwise block h = σ(a), Diag(σ′(a)), at a given a. */
export const elementwiseJacobian: Generator = {
  id: "elementwise-jacobian",
  draw(random: Random, difficulty: Difficulty): Draft {
    const layer = drawLayer(random, difficulty, (candidate) => isUsable(answersOf(candidate)));
    return draft(layer, answersOf(layer));
  },
};

const diag = (values: readonly Rational[]): Expr[][] =>
  values.map((v, i) => values.map((_, j) => (i === j ? rationalExpr(v) : num(0))));

/** M6 puts σ(a) on the diagonal instead of σ′(a). */
function answersOf(layer: Layer): MatrixAnswers {
  return {
    solution: diag(layer.at.map((p) => p.slope)),
    mistakes: [{ mistake: "M6", answer: diag(layer.at.map((p) => p.h)) }],
  };
}

function draft(layer: Layer, answers: MatrixAnswers): Draft {
  const k = layer.at.length;
  const names = preActivationNames(layer);
  const sigma = layer.activation.latex;
  const h = {
    name: "h",
    variables: names,
    components: names.map((a) => toInputSyntax(layer.activation.apply(variable(a)))),
  };
  return {
    prompt:
      `The block $\\mathbf{h} = ${sigma}(\\mathbf{a})$ applies ${layer.activation.definition} to each entry of $\\mathbf{a}\\in\\mathbb{R}^${k}$. At\n\n` +
      `$$\\mathbf{a} = ${columnLatex(layer.at.map((p) => p.a))},$$\n\n` +
      `give its local Jacobian $\\partial\\mathbf{h}/\\partial\\mathbf{a}$ (choose its shape).`,
    data: { ask: "elementwise-jacobian", ...layerData(layer, h) },
    key: matrixKey(answers.solution, answers.mistakes),
    hints: [
      "The Jacobian has one row per output $h_i$ and one column per input $a_j$.",
      "$h_i$ depends on $a_i$ only, so every entry off the diagonal is $0$.",
      `On the diagonal, $\\partial h_i/\\partial a_i = ${sigma}'(a_i)$. ${layer.activation.slopeRule}`,
    ],
    steps: [
      {
        text: `Each $h_i = ${sigma}(a_i)$ depends on $a_i$ only, so $\\partial h_i/\\partial a_j = 0$ for $i\\neq j$: the Jacobian is $${k}\\times ${k}$ and diagonal.`,
      },
      {
        text: `The diagonal holds $${sigma}'$ at $\\mathbf{a}$. ${layer.activation.slopeRule}`,
        latex: `${sigma}'(\\mathbf{a}) = ${columnLatex(exact(layer.at.map((p) => p.slope)))}`,
      },
      {
        text: "Put these on the diagonal.",
        latex: `\\frac{\\partial\\mathbf{h}}{\\partial\\mathbf{a}} = \\operatorname{Diag}\\bigl(${sigma}'(\\mathbf{a})\\bigr) = ${matrixLatex(answers.solution)}`,
      },
    ],
  };
}
