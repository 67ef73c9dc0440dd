import type { Random } from "../../../shared";
import { matVec, transpose } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import { arrowKey, axisLabels, placeStep } from "./arrow-key";
import { drawChainAtPoint } from "./chain-at-point";
import { chainData, chainIntro, forwardSteps } from "./chain-steps";
import { columnLatex, matrixLatex, tupleLatex } from "./latex";
import type { NumericMistake } from "./numeric-key";
import { pullSteps } from "./pullback";
import { randomIntegerMatrix, randomIntegerVector } from "./random-matrix";

type Matrix = readonly (readonly number[])[];

/**
 * S8 on the canvas: set the gradient at x that the pullback ∇ₓ = Dgᵀ ∇ᵤ gives, by dragging its
 * arrow. Difficulty 1 gives Dg and ∇ᵤ in ℝ², 2 the functions and a point in ℝ², 3 in ℝ³ (one
 * bar per coordinate).
 */
export const arrowPullback: Generator = {
  id: "arrow-pullback",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const draft = difficulty === 1 ? fromMatrices(random) : atPoint(random, difficulty);
      if (draft) return draft;
    }
  },
};

const HINTS = [
  "Gradients travel backwards through transposes: $\\nabla_{\\mathbf{x}} = Dg^\\top\\,\\nabla_{\\mathbf{u}}$, one entry per input.",
  "Entry $j$ is the dot product of column $j$ of $Dg$ with $\\nabla_{\\mathbf{u}}$; then move the tip there (Shift+arrow keys for fine steps).",
];

function fromMatrices(random: Random): Draft | undefined {
  const m = random.int(2, 3);
  const dg = randomIntegerMatrix(random, m, 2);
  const gradU = randomIntegerVector(random, m);
  const mistakes = m === 2 ? [{ mistake: "M2c" as const, values: matVec(dg, gradU) }] : [];
  const answer = arrowAnswer(dg, gradU, mistakes, { text: "ℓ", latex: "\\ell" });
  if (!answer) return undefined;
  return {
    prompt:
      `A loss $\\ell$ depends on $\\mathbf{x}\\in\\mathbb{R}^2$ through $\\mathbf{u} = g(\\mathbf{x})$. At the current point\n\n` +
      `$$Dg = ${matrixLatex(dg)}, \\qquad \\nabla_{\\mathbf{u}}\\,\\ell = ${columnLatex(gradU)}.$$\n\n` +
      `Set the gradient $\\nabla_{\\mathbf{x}}\\,\\ell$ that the pullback gives: drag the tip of the arrow below to it.`,
    data: { ask: "pullback", dg, gradient: gradU },
    key: answer.key,
    hints: HINTS,
    steps: answer.steps,
  };
}

function atPoint(random: Random, difficulty: 2 | 3): Draft | undefined {
  const n = difficulty === 2 ? 2 : 3;
  const chain = drawChainAtPoint(random, 2, { n, m: random.int(2, 3), p: 1 }, false);
  const gradU = chain.df[0] ?? [];
  const mistakes: NumericMistake[] = [];
  if (chain.dfAtX) {
    mistakes.push({ mistake: "M2c", values: matVec(chain.dg, gradU) });
    mistakes.push({ mistake: "M5", values: matVec(transpose(chain.dg), chain.dfAtX[0] ?? []) });
  }
  const answer = arrowAnswer(chain.dg, gradU, mistakes, { text: "y", latex: "y" });
  if (!answer) return undefined;
  return {
    prompt:
      chainIntro(chain.g, chain.f) +
      `and $y = f(g(\\mathbf{x}))$. Pull $\\nabla_{\\mathbf{u}}\\,y$ back to set the gradient $\\nabla_{\\mathbf{x}}\\,y$ at $\\mathbf{x}_0 = ${tupleLatex(chain.x0)}$: drag the tip of the arrow below to it.`,
    data: { ask: "pullback", ...chainData(chain) },
    key: answer.key,
    hints: [
      HINTS[0] ?? "",
      "Run the forward pass first: $\\nabla f$ is evaluated at $\\mathbf{u}_0 = g(\\mathbf{x}_0)$, not at $\\mathbf{x}_0$.",
      HINTS[1] ?? "",
    ],
    steps: [...forwardSteps(chain), ...answer.steps],
  };
}

/** The arrow key and the product step; undefined when the item would be degenerate. */
function arrowAnswer(
  dg: Matrix,
  gradU: readonly number[],
  mistakes: readonly NumericMistake[],
  of: { readonly text: string; readonly latex: string },
) {
  const pulled = pullSteps(dg, gradU, mistakes);
  const gradX = matVec(transpose(dg), gradU);
  const key = arrowKey(`∇ₓ${of.text}`, axisLabels(`∂${of.text}/∂x`, gradX.length), gradX, mistakes);
  if (!pulled || !key) return undefined;
  return { key, steps: [...pulled.steps, placeStep(`\\nabla_{\\mathbf{x}}\\,${of.latex}`, gradX)] };
}
