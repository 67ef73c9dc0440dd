import type { Random } from "../../../shared";
import { matVec, transpose } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import { matrixLatex, tupleLatex } from "./latex";
import { randomIntegerMatrix } from "./random-matrix";

const LETTERS = ["a", "b", "c"] as const;

/**
 * S12: which reported gradient is right, decided with the probes e₁, …, eₙ: the right one pairs
 * with eⱼ to Df Dg eⱼ. One option is Dg ∇f (M2c, the transpose left out); from difficulty 2 on a
 * third agrees with the truth on every probe but one, so that checking a single direction is
 * seen not to be enough. Dg is square, n = 2, 3, 4 by difficulty.
 */
export const whichGradient: Generator = {
  id: "which-gradient",
  draw(random: Random, difficulty: Difficulty): Draft {
    const n = difficulty + 1;
    for (;;) {
      const df = randomIntegerMatrix(random, 1, n);
      const dg = randomIntegerMatrix(random, n, n);
      const gradF = df[0] ?? [];
      const right = matVec(transpose(dg), gradF);
      const noTranspose = matVec(dg, gradF);
      const k = random.int(0, n - 1);
      const offProbe = right.map((v, j) => (j === k ? v + random.pick([-2, -1, 1, 2]) : v));
      const candidates = difficulty === 1 ? [right, noTranspose] : [right, noTranspose, offProbe];
      const distinct = new Set(candidates.map((c) => c.join())).size === candidates.length;
      if (distinct && right.some((v) => v !== 0))
        return draft(df, dg, random.shuffle(candidates), right, noTranspose);
    }
  },
};

function draft(
  df: number[][],
  dg: number[][],
  shown: readonly number[][],
  right: readonly number[],
  noTranspose: readonly number[],
): Draft {
  const idOf = (vector: readonly number[]) =>
    LETTERS[shown.findIndex((c) => c.join() === vector.join())] ?? "";
  const options = shown.map((c, i) => ({
    id: LETTERS[i] ?? "",
    label: `$\\nabla_{\\mathbf{x}}\\,y = ${tupleLatex(c)}$`,
  }));
  const n = right.length;
  const probes = Array.from({ length: n }, (_, j) => `\\mathbf{e}_${j + 1}`).join(", ");
  const forward = matVec(transpose(dg), df[0] ?? []);
  return {
    prompt:
      `For $y = f(g(\\mathbf{x}))$, at the current point\n\n` +
      `$$Df(\\mathbf{u}_0) = ${matrixLatex(df)}, \\qquad Dg(\\mathbf{x}_0) = ${matrixLatex(dg)}.$$\n\n` +
      `Students ran the reverse pass and report the gradients below. Use the probes $${probes}$ ` +
      `(push each forward and compare with its pairing) to decide which one is right.`,
    data: { ask: "which-gradient", df, dg, candidates: shown.map((c) => [...c]) },
    key: {
      kind: "choice",
      spec: { kind: "choice", options },
      solution: idOf(right),
      mistakes: [{ mistake: "M2c", answer: idOf(noTranspose) }],
    },
    hints: [
      "A right gradient satisfies $\\langle \\nabla_{\\mathbf{x}}\\,y, \\Delta\\mathbf{x}\\rangle = Df\\,Dg\\,\\Delta\\mathbf{x}$ for every probe $\\Delta\\mathbf{x}$.",
      "Pairing with $\\mathbf{e}_j$ picks out entry $j$ of the gradient; pushing $\\mathbf{e}_j$ forward gives entry $j$ of the row $Df\\,Dg$.",
      "So compute the row $Df\\,Dg$ once, and compare it with each candidate entry by entry; one probe alone can miss a wrong entry.",
    ],
    steps: [
      {
        text: "Push every probe forward at once: $Df\\,Dg\\,\\mathbf{e}_j$ is entry $j$ of the row $Df\\,Dg$.",
        latex: `Df\\,Dg = ${matrixLatex(df)}${matrixLatex(dg)} = ${matrixLatex([forward])}`,
      },
      {
        text: "Each candidate's pairing with $\\mathbf{e}_j$ is its entry $j$; the right gradient matches every probe.",
        latex: `\\nabla_{\\mathbf{x}}\\,y = (Df\\,Dg)^\\top = ${tupleLatex(right)}`,
      },
      {
        text: `So option (${idOf(right)}) is right. Option (${idOf(noTranspose)}) is $Dg\\,\\nabla f$, the pullback with the transpose left out.`,
      },
    ],
  };
}
