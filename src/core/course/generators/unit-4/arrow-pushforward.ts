import type { Random } from "../../../shared";
import { matVec } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import { arrowKey, axisLabels, placeStep } from "./arrow-key";
import { drawChainAtPoint, type ChainShape } from "./chain-at-point";
import { chainData, chainIntro, forwardSteps } from "./chain-steps";
import { decimal } from "./exact-number";
import { matrixLatex, tupleLatex } from "./latex";
import type { NumericMistake } from "./numeric-key";
import { pushSteps, scaled, wrongOrder } from "./pushforward";
import { randomIntegerMatrix, randomPerturbation } from "./random-matrix";

type Matrix = readonly (readonly number[])[];

/**
 * S7 on the canvas: push Δx forward and drag the arrow Δy = Df Dg Δx in the output plane (ℝ²).
 * Difficulty 1 gives the Jacobians, 2 and 3 the functions and a point.
 */
export const arrowPushforward: Generator = {
  id: "arrow-pushforward",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const draft = difficulty === 1 ? fromMatrices(random) : fromFunctions(random, difficulty);
      if (draft) return draft;
    }
  },
};

/** The output is always a plane, where an arrow is dragged directly. */
const SHAPES: readonly ChainShape[] = [
  { n: 2, m: 2, p: 2 },
  { n: 3, m: 2, p: 2 },
  { n: 2, m: 3, p: 2 },
];

const HINTS = [
  "Push the perturbation one block at a time: $\\Delta\\mathbf{u} = Dg\\,\\Delta\\mathbf{x}$ first, then $\\Delta\\mathbf{y} = Df\\,\\Delta\\mathbf{u}$.",
  "Work out the two coordinates of $\\Delta\\mathbf{y}$, then move the tip there: the arrow keys step by a twentieth of the box, Shift+arrow by a two-hundredth.",
];

const ASK = "Drag the tip of the arrow in the box below to $\\Delta\\mathbf{y}$.";

function fromMatrices(random: Random): Draft | undefined {
  const [n, m] = [random.int(2, 3), random.int(2, 3)];
  const dg = randomIntegerMatrix(random, m, n);
  const df = randomIntegerMatrix(random, 2, m);
  const dx = randomPerturbation(random, n);
  const answer = arrowAnswer(dg, df, dx, wrongOrder(dg, df, dx));
  if (!answer) return undefined;
  return {
    prompt:
      `At a point $\\mathbf{x}_0$ the maps of $\\mathbf{y} = f(g(\\mathbf{x}))$ have the Jacobians\n\n` +
      `$$Dg(\\mathbf{x}_0) = ${matrixLatex(dg)}, \\qquad Df(\\mathbf{u}_0) = ${matrixLatex(df)}.$$\n\n` +
      `The input moves by $\\Delta\\mathbf{x} = ${tupleLatex(scaled(dx), decimal)}$. ${ASK}`,
    data: { ask: "pushforward", dg, df, delta: scaled(dx) },
    key: answer.key,
    hints: HINTS,
    steps: answer.steps,
  };
}

function fromFunctions(random: Random, difficulty: 2 | 3): Draft | undefined {
  const chain = drawChainAtPoint(random, difficulty, random.pick(SHAPES), true);
  const dx = randomPerturbation(random, chain.x0.length);
  const mistakes = wrongOrder(chain.dg, chain.df, dx);
  if (chain.dfAtX)
    mistakes.push({ mistake: "M5", values: scaled(matVec(chain.dfAtX, matVec(chain.dg, dx))) });
  const answer = arrowAnswer(chain.dg, chain.df, dx, mistakes);
  if (!answer) return undefined;
  return {
    prompt:
      chainIntro(chain.g, chain.f) +
      `and $\\mathbf{y} = f(g(\\mathbf{x}))$. At $\\mathbf{x}_0 = ${tupleLatex(chain.x0)}$ the input moves by $\\Delta\\mathbf{x} = ${tupleLatex(scaled(dx), decimal)}$. ${ASK}`,
    data: { ask: "pushforward", ...chainData(chain), delta: scaled(dx) },
    key: answer.key,
    hints: [...HINTS.slice(0, 1), forwardHint, ...HINTS.slice(1)],
    steps: [...forwardSteps(chain), ...answer.steps],
  };
}

const forwardHint =
  "Run the forward pass first: $Df$ is evaluated at $\\mathbf{u}_0 = g(\\mathbf{x}_0)$, not at $\\mathbf{x}_0$.";

/** The arrow key and the steps that compute it; undefined when the item would be degenerate. */
function arrowAnswer(
  dg: Matrix,
  df: Matrix,
  dx: readonly number[],
  mistakes: readonly NumericMistake[],
) {
  const pushed = pushSteps(dg, df, dx, mistakes);
  const dy = scaled(matVec(df, matVec(dg, dx)));
  const key = arrowKey("Δy", axisLabels("Δy", 2), dy, mistakes);
  if (!pushed || !key) return undefined;
  return { key, steps: [...pushed.steps, placeStep("\\Delta\\mathbf{y}", dy, decimal)] };
}
