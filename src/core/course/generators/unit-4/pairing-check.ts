import type { Random } from "../../../shared";
import { matVec, transpose } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import type { SolutionStep } from "../../item";
import { drawChainAtPoint } from "./chain-at-point";
import { chainData, chainIntro, forwardSteps } from "./chain-steps";
import { decimal } from "./exact-number";
import { columnLatex, matrixLatex, tupleLatex } from "./latex";
import { numericKey } from "./numeric-key";
import { randomIntegerMatrix, randomPerturbation } from "./random-matrix";

type Matrix = readonly (readonly number[])[];

const dot = (a: readonly number[], b: readonly number[]) =>
  a.reduce((s, v, i) => s + v * (b[i] ?? NaN), 0);

/**
 * S12: the reverse-mode gradient paired with a probe equals the forward-mode pushforward of it,
 * ⟨∇ₓy, Δx⟩ = Df Dg Δx; the item asks for that common value. Difficulty 1 and 2 give the
 * Jacobians as numbers (square, then any shape), 3 the functions and a point. M2c, the pairing
 * with Dg ∇f, applies where Dg is square.
 */
export const pairingCheck: Generator = {
  id: "pairing-check",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const draft = difficulty === 3 ? fromFunctions(random) : fromMatrices(random, difficulty);
      if (draft) return draft;
    }
  },
};

function fromMatrices(random: Random, difficulty: 1 | 2): Draft | undefined {
  const n = difficulty === 1 ? 2 : random.int(2, 3);
  const m = difficulty === 1 ? 2 : random.int(2, 4);
  const df = randomIntegerMatrix(random, 1, m);
  const dg = randomIntegerMatrix(random, m, n);
  const dx = randomPerturbation(random, n);
  const checked = pairingSteps(df, dg, dx);
  if (!checked) return undefined;
  return {
    prompt:
      `For $y = f(g(\\mathbf{x}))$, at the current point\n\n` +
      `$$Df(\\mathbf{u}_0) = ${matrixLatex(df)}, \\qquad Dg(\\mathbf{x}_0) = ${matrixLatex(dg)}.$$\n\n` +
      QUESTION(
        tupleLatex(
          dx.map((c) => c / 100),
          decimal,
        ),
      ),
    data: { ask: "pairing", df, dg, delta: dx.map((c) => c / 100) },
    key: checked.key,
    hints: HINTS,
    steps: checked.steps,
  };
}

function fromFunctions(random: Random): Draft | undefined {
  const [n, m] = random.pick([
    [2, 2],
    [3, 3],
    [3, 2],
  ] as const);
  const chain = drawChainAtPoint(random, random.pick([2, 3] as const), { n, m, p: 1 }, true);
  const dx = randomPerturbation(random, n);
  const checked = pairingSteps(chain.df, chain.dg, dx);
  if (!checked) return undefined;
  return {
    prompt:
      chainIntro(chain.g, chain.f) +
      `and $y = f(g(\\mathbf{x}))$, at $\\mathbf{x}_0 = ${tupleLatex(chain.x0)}$. ` +
      QUESTION(
        tupleLatex(
          dx.map((c) => c / 100),
          decimal,
        ),
      ),
    data: { ask: "pairing", ...chainData(chain), delta: dx.map((c) => c / 100) },
    key: checked.key,
    hints: HINTS,
    steps: [...forwardSteps(chain), ...checked.steps],
  };
}

const QUESTION = (dx: string) =>
  `Find $\\nabla_{\\mathbf{x}}\\,y$ by pulling back, and push $\\Delta\\mathbf{x} = ${dx}$ forward. ` +
  `Give the value that $\\langle \\nabla_{\\mathbf{x}}\\,y, \\Delta\\mathbf{x}\\rangle$ and $Df\\,Dg\\,\\Delta\\mathbf{x}$ must share.`;

const HINTS = [
  "Reverse mode: $\\nabla_{\\mathbf{x}}\\,y = Dg^\\top\\,Df^\\top$. Forward mode: $\\Delta y = Df\\,(Dg\\,\\Delta\\mathbf{x})$.",
  "The pairing $\\langle \\nabla_{\\mathbf{x}}\\,y, \\Delta\\mathbf{x}\\rangle$ is a dot product: multiply entry by entry and add.",
  "If your two numbers differ, look for a missing transpose in the reverse pass.",
];

/** The key and the steps after the Jacobians (pullback, pairing, pushforward), Δx in hundredths; undefined when degenerate. */
export function pairingSteps(df: Matrix, dg: Matrix, dx: readonly number[]) {
  const gradU = df[0] ?? [];
  const gradX = matVec(transpose(dg), gradU);
  const pairing = dot(gradX, dx);
  if (pairing === 0) return undefined;
  const square = dg.length === dx.length;
  const mistakes = square
    ? [{ mistake: "M2c" as const, values: [dot(matVec(dg, gradU), dx) / 100] }]
    : [];
  const key = numericKey([pairing / 100], mistakes, decimal);
  if (!key) return undefined;
  const du = matVec(dg, dx);
  const hundredths = (counts: readonly number[]) =>
    columnLatex(
      counts.map((c) => c / 100),
      decimal,
    );
  const steps: SolutionStep[] = [
    {
      text: "Reverse: pull the gradient back through the transpose.",
      latex: `\\nabla_{\\mathbf{x}}\\,y = Dg^\\top\\,\\nabla_{\\mathbf{u}}\\,y = ${matrixLatex(transpose(dg))}${columnLatex(gradU)} = ${columnLatex(gradX)}`,
    },
    {
      text: "Pair it with the probe.",
      latex: `\\langle \\nabla_{\\mathbf{x}}\\,y, \\Delta\\mathbf{x}\\rangle = ${columnLatex(gradX)}^\\top ${hundredths(dx)} = ${hundredths([pairing])}`,
    },
    {
      text: "Forward: push the probe through $Dg$, then $Df$. The two routes agree, as they must.",
      latex: `\\Delta\\mathbf{u} = Dg\\,\\Delta\\mathbf{x} = ${hundredths(du)}, \\qquad \\Delta y = Df\\,\\Delta\\mathbf{u} = ${hundredths([pairing])}`,
    },
  ];
  return { key, steps };
}
