import type { Random } from "../../../shared";
import { matVec, transpose } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import type { SolutionStep } from "../../item";
import { drawChainAtPoint } from "./chain-at-point";
import { chainData, chainIntro, forwardSteps } from "./chain-steps";
import { drawComponents, drawScalar } from "./component-bank";
import { columnLatex, matrixLatex, numberExpr, space, tupleLatex, vectorName } from "./latex";
import { numericKey, type NumericMistake } from "./numeric-key";
import { randomIntegerMatrix, randomIntegerVector } from "./random-matrix";
import { symbolicPullbackDraft } from "./symbolic-pullback-draft";

type Matrix = readonly (readonly number[])[];

/**
 * S8: pull a gradient back, ∇ₓ = Dgᵀ ∇ᵤ. Difficulty 1 gives Dg and ∇ᵤ as numbers, 2 the functions
 * and a point, 3 asks for ∇(f∘g)(x) in terms of x.
 */
export const pullback: Generator = {
  id: "pullback",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const draft = [fromMatrices, atPoint, symbolic][difficulty - 1]?.(random);
      if (draft) return draft;
    }
  },
};

const HINTS = [
  "Gradients travel backwards through transposes: $\\nabla_{\\mathbf{x}} = Dg^\\top\\,\\nabla_{\\mathbf{u}}$.",
  "Check the shapes: $Dg$ is $m\\times n$, so $Dg^\\top$ takes a gradient in $\\mathbb{R}^m$ back to one in $\\mathbb{R}^n$.",
  "Entry $j$ of the result is the dot product of column $j$ of $Dg$ with $\\nabla_{\\mathbf{u}}$.",
];

function fromMatrices(random: Random): Draft | undefined {
  const square = random.int(0, 1) === 1;
  const n = square ? random.int(2, 3) : random.int(1, 3);
  const m = square ? n : random.pick([2, 3, 4].filter((k) => k !== n));
  const dg = randomIntegerMatrix(random, m, n);
  const gradU = randomIntegerVector(random, m);
  const pulled = pullSteps(
    dg,
    gradU,
    square ? [{ mistake: "M2c", values: matVec(dg, gradU) }] : [],
  );
  if (!pulled) return undefined;
  const x = vectorName("x", n);
  return {
    prompt:
      `A loss $\\ell$ depends on $\\mathbf{x}$ through $\\mathbf{u} = g(\\mathbf{x})$. At the current point\n\n` +
      `$$Dg = ${matrixLatex(dg)}, \\qquad \\nabla_{\\mathbf{u}}\\,\\ell = ${columnLatex(gradU)}.$$\n\n` +
      `Pull the gradient back: find $\\nabla_{${x}}\\,\\ell$.`,
    data: { ask: "pullback", dg, gradient: gradU },
    key: pulled.key,
    hints: HINTS,
    steps: [
      {
        text: `Check the shapes: $Dg$ is ${m}×${n}, so $Dg^\\top$ is ${n}×${m} and takes $\\nabla_{\\mathbf{u}}\\,\\ell\\in${space(m)}$ back to $${space(n)}$.`,
      },
      ...pulled.steps,
    ],
  };
}

function atPoint(random: Random): Draft | undefined {
  const [n, m] = random.pick([
    [2, 2],
    [3, 3],
    [3, 2],
    [2, 3],
  ] as const);
  const chain = drawChainAtPoint(random, 2, { n, m, p: 1 }, false);
  const gradU = chain.df[0] ?? [];
  const mistakes: NumericMistake[] = [];
  if (chain.dfAtX) {
    mistakes.push({ mistake: "M2c", values: matVec(chain.dg, gradU) });
    mistakes.push({ mistake: "M5", values: matVec(transpose(chain.dg), chain.dfAtX[0] ?? []) });
  }
  const pulled = pullSteps(chain.dg, gradU, mistakes);
  if (!pulled) return undefined;
  return {
    prompt:
      chainIntro(chain.g, chain.f) +
      `and $y = f(g(\\mathbf{x}))$. Find the gradient $\\nabla_{\\mathbf{x}}\\,y$ at $\\mathbf{x}_0 = ${tupleLatex(chain.x0)}$ by pulling $\\nabla_{\\mathbf{u}}\\,y$ back.`,
    data: { ask: "pullback", ...chainData(chain) },
    key: pulled.key,
    hints: [
      HINTS[0] ?? "",
      "Run the forward pass first: $\\nabla f$ is evaluated at $\\mathbf{u}_0 = g(\\mathbf{x}_0)$, not at $\\mathbf{x}_0$.",
      HINTS[2] ?? "",
    ],
    steps: [
      ...forwardSteps(chain),
      {
        text: "Since $y$ is a scalar, its gradient with respect to $\\mathbf{u}$ is the transpose of the row $Df(\\mathbf{u}_0)$.",
        latex: `\\nabla_{\\mathbf{u}}\\,y = ${columnLatex(gradU)}`,
      },
      ...pulled.steps,
    ],
  };
}

function symbolic(random: Random): Draft | undefined {
  const [n, m] = random.pick([
    [2, 2],
    [2, 2],
    [3, 2],
    [2, 3],
  ] as const);
  const at0 = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i + 1}`, at: 0 }));
  const xs = at0("x", n);
  const us = at0("u", m);
  const g = {
    name: "g",
    variables: xs.map((v) => v.name),
    components: drawComponents(random, (1 + random.int(0, 1)) as 1 | 2, xs, m),
  };
  const f = {
    name: "f",
    variables: us.map((v) => v.name),
    components: [drawScalar(random, (1 + random.int(0, 1)) as 1 | 2, us)],
  };
  const variables = g.variables.map((_, j) => `x_${j + 1}`).join(", ");
  return symbolicPullbackDraft(
    g,
    f,
    {
      prompt:
        chainIntro(g, f) +
        `and $y = f(g(\\mathbf{x}))$. Compute $\\nabla(f\\circ g)(\\mathbf{x})$. Give it as a column vector in terms of $${variables}$.`,
      hints: [
        HINTS[0] ?? "",
        `Find $Dg(\\mathbf{x})$ (${m}×${n}) and $\\nabla f(\\mathbf{u})$, then substitute $\\mathbf{u} = g(\\mathbf{x})$ before multiplying by $Dg(\\mathbf{x})^\\top$.`,
      ],
    },
    { strict: true, simplify: false },
  );
}

/** The key and the last step (the product with the transpose), from Dg and ∇ᵤ as numbers; undefined when degenerate. */
export function pullSteps(
  dg: Matrix,
  gradU: readonly number[],
  mistakes: readonly NumericMistake[],
) {
  const gradX = matVec(transpose(dg), gradU);
  if (gradX.every((v) => v === 0)) return undefined;
  const key = numericKey(gradX, mistakes, numberExpr);
  if (!key) return undefined;
  const steps: SolutionStep[] = [
    {
      text: `Transpose $Dg$ (${dg.length}×${gradX.length}) and multiply: the result has one entry per input.`,
      latex: `\\nabla_{${vectorName("x", gradX.length)}} = Dg^\\top\\,\\nabla_{\\mathbf{u}} = ${matrixLatex(transpose(dg))}${columnLatex(gradU)} = ${columnLatex(gradX)}`,
    },
  ];
  return { key, steps };
}
