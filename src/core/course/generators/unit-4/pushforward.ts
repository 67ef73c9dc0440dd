import type { Random } from "../../../shared";
import { matVec } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import type { SolutionStep } from "../../item";
import { drawChainAtPoint, type ChainShape } from "./chain-at-point";
import { decimal } from "./exact-number";
import { chainData, chainIntro, forwardSteps } from "./chain-steps";
import { columnLatex, matrixLatex, space, tupleLatex, vectorName } from "./latex";
import { numericKey, type NumericMistake } from "./numeric-key";
import { randomIntegerMatrix, randomPerturbation } from "./random-matrix";

type Matrix = readonly (readonly number[])[];

/** S7: push Δx forward, Δu = Dg Δx then Δy = Df Δu; Jacobians given at difficulty 1, functions above. */
export const pushforward: Generator = {
  id: "pushforward",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const draft = difficulty === 1 ? fromMatrices(random) : fromFunctions(random, difficulty);
      if (draft) return draft;
    }
  },
};

const SHAPES: Readonly<Record<2 | 3, readonly ChainShape[]>> = {
  2: [
    { n: 2, m: 2, p: 1 },
    { n: 2, m: 2, p: 2 },
  ],
  3: [
    { n: 3, m: 2, p: 1 },
    { n: 2, m: 3, p: 2 },
    { n: 3, m: 3, p: 1 },
    { n: 2, m: 2, p: 2 },
  ],
};

function fromMatrices(random: Random): Draft | undefined {
  const [n, m, p] = [random.int(2, 3), random.int(1, 4), random.int(1, 3)];
  const dg = randomIntegerMatrix(random, m, n);
  const df = randomIntegerMatrix(random, p, m);
  const dx = randomPerturbation(random, n);
  const mistakes = wrongOrder(dg, df, dx);
  const pushed = pushSteps(dg, df, dx, mistakes);
  if (!pushed) return undefined;
  const y = vectorName("y", p);
  return {
    prompt:
      `At a point $\\mathbf{x}_0$ the inner map $g$ and the outer map $f$ of $y = f(g(\\mathbf{x}))$ have the Jacobians\n\n` +
      `$$Dg(\\mathbf{x}_0) = ${matrixLatex(dg)}, \\qquad Df(\\mathbf{u}_0) = ${matrixLatex(df)},$$\n\n` +
      `where $\\mathbf{u}_0 = g(\\mathbf{x}_0)$. Push the perturbation $\\Delta\\mathbf{x} = ${tupleLatex(scaled(dx), decimal)}$ forward: find $\\Delta ${y}$.`,
    data: { ask: "pushforward", dg, df, delta: scaled(dx) },
    key: pushed.key,
    hints: HINTS.slice(0, 1).concat(HINTS.slice(2)),
    steps: [
      {
        text: `Check the shapes: $Dg$ is ${m}×${n} and takes $\\Delta\\mathbf{x}\\in${space(n)}$ into $${space(m)}$; $Df$ is ${p}×${m} and takes that into $${space(p)}$.`,
      },
      ...pushed.steps,
    ],
  };
}

function fromFunctions(random: Random, difficulty: 2 | 3): Draft | undefined {
  const shape = random.pick(SHAPES[difficulty]);
  const chain = drawChainAtPoint(random, difficulty, shape, true);
  const dx = randomPerturbation(random, shape.n);
  const mistakes = wrongOrder(chain.dg, chain.df, dx);
  if (chain.dfAtX)
    mistakes.push({ mistake: "M5", values: scaled(matVec(chain.dfAtX, matVec(chain.dg, dx))) });
  const pushed = pushSteps(chain.dg, chain.df, dx, mistakes);
  if (!pushed) return undefined;
  const y = vectorName("y", shape.p);
  return {
    prompt:
      chainIntro(chain.g, chain.f) +
      `and $${y} = f(g(\\mathbf{x}))$. At $\\mathbf{x}_0 = ${tupleLatex(chain.x0)}$ the input moves by $\\Delta\\mathbf{x} = ${tupleLatex(scaled(dx), decimal)}$. ` +
      `Push this perturbation forward to predict $\\Delta ${y}$ to first order.`,
    data: { ask: "pushforward", ...chainData(chain), delta: scaled(dx) },
    key: pushed.key,
    hints: HINTS,
    steps: [...forwardSteps(chain), ...pushed.steps],
  };
}

const HINTS = [
  "Perturbations travel forward through Jacobians, one block at a time: first $\\Delta\\mathbf{u} = Dg(\\mathbf{x}_0)\\,\\Delta\\mathbf{x}$, then the outer Jacobian acts on $\\Delta\\mathbf{u}$.",
  "Run the forward pass first: $Dg$ is evaluated at $\\mathbf{x}_0$, but $Df$ at $\\mathbf{u}_0 = g(\\mathbf{x}_0)$.",
  "Multiply a matrix by a vector twice; there is no need to form the product of the two Jacobians.",
];

/** M1, the Jacobians applied in the wrong order, where that is defined (all three sizes equal). */
export function wrongOrder(dg: Matrix, df: Matrix, dx: readonly number[]): NumericMistake[] {
  const defined = df.length === dx.length && dg.length === dx.length;
  return defined ? [{ mistake: "M1", values: scaled(matVec(dg, matVec(df, dx))) }] : [];
}

/** Counts of hundredths (how Δx is drawn) as the numbers they stand for. */
export const scaled = (counts: readonly number[]): number[] => counts.map((c) => c / 100);

/** The key and the last two steps (the products), from Jacobians and Δx in hundredths; undefined when degenerate. */
export function pushSteps(
  dg: Matrix,
  df: Matrix,
  dx: readonly number[],
  mistakes: readonly NumericMistake[],
) {
  const du = matVec(dg, dx);
  const dy = matVec(df, du);
  if (dy.every((c) => c === 0)) return undefined;
  const key = numericKey(scaled(dy), mistakes, decimal);
  if (!key) return undefined;
  const y = vectorName("y", dy.length);
  const column = (counts: readonly number[]) => columnLatex(scaled(counts), decimal);
  const steps: SolutionStep[] = [
    {
      text: "Push $\\Delta\\mathbf{x}$ through the inner Jacobian.",
      latex: `\\Delta\\mathbf{u} = Dg\\,\\Delta\\mathbf{x} = ${matrixLatex(dg)}${column(dx)} = ${column(du)}`,
    },
    {
      text: `Push $\\Delta\\mathbf{u}$ through the outer Jacobian to get $\\Delta ${y}$.`,
      latex: `\\Delta ${y} = Df\\,\\Delta\\mathbf{u} = ${matrixLatex(df)}${column(du)} = ${column(dy)}`,
    },
  ];
  return { key, steps };
}
