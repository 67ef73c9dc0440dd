import { toInputSyntax, toLatex, variable, type Expr } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { matrixKey } from "./answer-keys";
import { isUsable, type Answers } from "./distinct-answers";
import { linearCombination } from "./linear-combination";
import { columnLatex, ints, matrixLatex } from "./network-text";
import { redraw } from "./redraw";

type MatrixAnswers = Answers<readonly (readonly Expr[])[]>;

/** Widths by difficulty; at level 3 the readout is written out as a sum and c must be read off. */
const WIDTHS: Readonly<Record<Difficulty, readonly number[]>> = {
  1: [2, 3],
  2: [3, 4],
  3: [2, 3, 4],
};

/** S10: the local Jacobian of a dot block ℓ = cᵀh, the row cᵀ (M2b: the column c). */
export const readoutJacobian: Generator = {
  id: "readout-jacobian",
  draw(random: Random, difficulty: Difficulty): Draft {
    const draw = () =>
      Array.from({ length: random.pick(WIDTHS[difficulty]) }, () => random.int(-4, 4));
    const usable = (c: readonly number[]) => c.every((ci) => ci !== 0) && isUsable(answersOf(c));
    const c = redraw(draw, usable, "readout-jacobian");
    return draft(c, difficulty, answersOf(c));
  },
};

function answersOf(c: readonly number[]): MatrixAnswers {
  return { solution: [ints(c)], mistakes: [{ mistake: "M2b", answer: c.map((ci) => ints([ci])) }] };
}

function draft(c: readonly number[], difficulty: Difficulty, answers: MatrixAnswers): Draft {
  const names = c.map((_, i) => `h${i + 1}`);
  const sum = linearCombination(c.map((ci, i) => [ci, variable(names[i] ?? "")]));
  const given =
    difficulty === 3
      ? `$$\\ell = ${toLatex(sum)}.$$`
      : `$$\\ell = \\mathbf{c}^\\top\\mathbf{h}, \\qquad \\mathbf{c} = ${columnLatex(ints(c))}.$$`;
  return {
    prompt: `A readout block sends $\\mathbf{h}\\in\\mathbb{R}^${c.length}$ to the scalar\n\n${given}\n\nGive its local Jacobian $\\partial\\ell/\\partial\\mathbf{h}$ (choose its shape).`,
    data: {
      ask: "readout-jacobian",
      c: [...c],
      functions: [{ name: "loss", variables: names, components: [toInputSyntax(sum)] }],
    },
    key: matrixKey(answers.solution, answers.mistakes),
    hints: [
      `One output and ${c.length} inputs: how many rows and columns does the Jacobian have?`,
      "Entry $j$ is $\\partial\\ell/\\partial h_j$, the coefficient of $h_j$ in $\\ell$.",
    ],
    steps: [
      {
        text: `$\\ell$ is one number and $\\mathbf{h}$ has ${c.length} entries, so the Jacobian is $1\\times ${c.length}$: a row.`,
      },
      {
        text: "Entry $j$ is $\\partial\\ell/\\partial h_j = c_j$, the same at every $\\mathbf{h}$: the Jacobian is the row $\\mathbf{c}^\\top$.",
        latex: `\\frac{\\partial\\ell}{\\partial\\mathbf{h}} = \\mathbf{c}^\\top = ${matrixLatex(answers.solution)}`,
      },
    ],
  };
}
