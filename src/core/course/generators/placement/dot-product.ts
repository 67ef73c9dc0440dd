import { num, toLatex } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";

/** Lengths and entry ranges by difficulty; level 3 writes the product as aᵀb. */
const LEVELS: Readonly<Record<Difficulty, { length: number; lo: number; hi: number }>> = {
  1: { length: 2, lo: 0, hi: 5 },
  2: { length: 3, lo: -4, hi: 4 },
  3: { length: 4, lo: -5, hi: 5 },
};

/** P5: the dot product of two integer vectors, written ⟨a, b⟩ or aᵀb. */
export const dotProduct: Generator = {
  id: "dot-product",
  draw(random: Random, difficulty: Difficulty): Draft {
    const { length, lo, hi } = LEVELS[difficulty];
    const draw = () => Array.from({ length }, () => random.int(lo, hi));
    const [a, b] = [draw(), draw()];
    const column = (v: readonly number[]) =>
      toLatex({ kind: "vector", entries: v.map((x) => num(x)) });
    const value = a.reduce((sum, ai, i) => sum + ai * (b[i] ?? 0), 0);
    const asked =
      difficulty === 3
        ? "\\mathbf{a}^\\top\\mathbf{b}"
        : "\\langle\\mathbf{a}, \\mathbf{b}\\rangle";
    const terms = a.map((ai, i) => `(${ai})(${b[i] ?? 0})`).join(" + ");
    return {
      prompt: `Compute $${asked}$ for $$\\mathbf{a} = ${column(a)}, \\qquad \\mathbf{b} = ${column(b)}.$$`,
      data: { ask: "dot-product", a, b },
      key: {
        kind: "expression",
        spec: { kind: "expression", variables: [] },
        solution: num(value),
        mistakes: [],
      },
      hints: [
        "$\\langle\\mathbf{a}, \\mathbf{b}\\rangle = \\mathbf{a}^\\top\\mathbf{b}$ is a single number.",
        "Multiply matching entries and add the products.",
      ],
      steps: [
        { text: "Multiply matching entries.", latex: `${asked} = ${terms}` },
        { text: "Add them up.", latex: `${asked} = ${value}` },
      ],
    };
  },
};
