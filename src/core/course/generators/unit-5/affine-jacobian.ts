import { toInputSyntax, toLatex, variable, type Expr } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { matrixKey } from "./answer-keys";
import { isUsable, type Answers } from "./distinct-answers";
import { linearCombination, plusExpr } from "./linear-combination";
import { columnLatex, ints, matrixLatex } from "./network-text";
import { redraw } from "./redraw";

type MatrixAnswers = Answers<readonly (readonly Expr[])[]>;

/**
 * Shapes (outputs m × inputs n) by difficulty. Level 2 adds a point x the answer does not depend
 * on, and shapes with a single row or column; level 3 writes the block out component by component.
 */
const SHAPES: Readonly<Record<Difficulty, readonly (readonly [number, number])[]>> = {
  1: [
    [3, 2],
    [2, 3],
  ],
  2: [
    [1, 3],
    [4, 1],
    [3, 3],
    [4, 2],
    [2, 4],
    [3, 4],
  ],
  3: [
    [2, 2],
    [3, 2],
    [2, 3],
    [4, 3],
    [3, 4],
  ],
};

interface Affine {
  readonly W: readonly (readonly number[])[];
  readonly b: readonly number[];
  readonly x: readonly number[];
}

/** S10: the local Jacobian of an affine block a = Wx + b, which is W (M2a: Wᵀ). */
export const affineJacobian: Generator = {
  id: "affine-jacobian",
  draw(random: Random, difficulty: Difficulty): Draft {
    const draw = (): Affine => {
      const [m, n] = random.pick(SHAPES[difficulty]);
      const int = () => random.int(-3, 3);
      const W = Array.from({ length: m }, () => Array.from({ length: n }, int));
      return { W, b: W.map(int), x: W[0]?.map(int) ?? [] };
    };
    const usable = (a: Affine) =>
      a.W.every((row) => row.some((w) => w !== 0)) && isUsable(answersOf(a));
    const affine = redraw(draw, usable, "affine-jacobian");
    return draft(affine, difficulty, answersOf(affine));
  },
};

function answersOf({ W }: Affine): MatrixAnswers {
  const Wt = (W[0] ?? []).map((_, j) => ints(W.map((row) => row[j] ?? 0)));
  return { solution: W.map(ints), mistakes: [{ mistake: "M2a", answer: Wt }] };
}

/** aᵢ = Σⱼ Wᵢⱼ xⱼ + bᵢ as expressions in x1…xn. */
const components = ({ W, b }: Affine): Expr[] =>
  W.map((row, i) =>
    plusExpr(
      linearCombination(row.map((w, j) => [w, variable(`x${j + 1}`)])),
      ints([b[i] ?? 0])[0] as Expr,
    ),
  );

function given(affine: Affine, difficulty: Difficulty): string {
  const n = affine.x.length;
  if (difficulty === 3) {
    return `The block $\\mathbf{a}:\\mathbb{R}^${n}\\to\\mathbb{R}^${affine.W.length}$ is affine:\n\n$$\\mathbf{a}(\\mathbf{x}) = ${columnLatex(components(affine))}.$$\n\n`;
  }
  const at =
    difficulty === 2
      ? `, evaluated at $\\mathbf{x} = ${toLatex({ kind: "vector", entries: ints(affine.x) })}$`
      : "";
  return (
    `The affine block $\\mathbf{a} = W\\mathbf{x} + \\mathbf{b}$ has\n\n` +
    `$$W = ${matrixLatex(affine.W.map(ints))}, \\qquad \\mathbf{b} = ${columnLatex(ints(affine.b))}.$$\n\n` +
    `Its input $\\mathbf{x}$ has ${n} entries${at}.\n\n`
  );
}

function draft(affine: Affine, difficulty: Difficulty, answers: MatrixAnswers): Draft {
  const [m, n] = [affine.W.length, affine.x.length];
  const variables = affine.x.map((_, j) => `x${j + 1}`);
  const point =
    difficulty === 2
      ? { point: Object.fromEntries(variables.map((v, j) => [v, affine.x[j] ?? 0])) }
      : {};
  return {
    prompt: `${given(affine, difficulty)}Give the local Jacobian $\\partial\\mathbf{a}/\\partial\\mathbf{x}$ (choose its shape).`,
    data: {
      ask: "affine-jacobian",
      W: affine.W.map((row) => [...row]),
      b: [...affine.b],
      functions: [
        { name: "a", variables, components: components(affine).map((e) => toInputSyntax(e)) },
      ],
      ...point,
    },
    key: matrixKey(answers.solution, answers.mistakes),
    hints: [
      `One row per output and one column per input: the Jacobian is $${m}\\times ${n}$.`,
      "Entry $(i, j)$ is $\\partial a_i/\\partial x_j$: the coefficient of $x_j$ in $a_i$.",
      "The constant $\\mathbf{b}$ shifts $\\mathbf{a}$ but does not change how it moves with $\\mathbf{x}$.",
    ],
    steps: [
      {
        text: `Write out a component: $a_i = W_{i1}x_1 + \\cdots + W_{i${n}}x_${n} + b_i$, for instance $a_1 = ${toLatex(components(affine)[0] as Expr)}$.`,
      },
      {
        text: "Differentiate: $\\partial a_i/\\partial x_j = W_{ij}$, whatever $\\mathbf{x}$ and $\\mathbf{b}$ are.",
      },
      {
        text: `So the Jacobian is $W$ itself, $${m}\\times ${n}$: one row per output, one column per input.`,
        latex: `\\frac{\\partial\\mathbf{a}}{\\partial\\mathbf{x}} = W = ${matrixLatex(answers.solution)}`,
      },
    ],
  };
}
