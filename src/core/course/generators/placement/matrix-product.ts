import { matMul } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { drawIntMatrix, exprRows, matrixTex } from "./int-matrix";

/** P3 level 1: the shape of a product from the shapes of its factors. */
function shapeItem(random: Random): Draft {
  const [a, b, c] = [random.int(1, 5), random.int(2, 6), random.int(1, 5)];
  return {
    prompt: `$A$ is $${a}\\times ${b}$ and $B$ is $${b}\\times ${c}$. What is the shape of $AB$?`,
    data: {
      ask: "product-shape",
      shapes: [
        [a, b],
        [b, c],
      ],
    },
    key: {
      kind: "shape",
      spec: { kind: "shape", label: "AB" },
      solution: { rows: a, cols: c },
      mistakes: [],
    },
    hints: [
      "An $(a\\times b)(b\\times c)$ product is defined when the inner sizes agree.",
      "The inner size cancels; the outer sizes remain.",
    ],
    steps: [
      { text: `The inner sizes agree ($${b}$ and $${b}$), so $AB$ is defined.` },
      {
        text: "The outer sizes give the shape.",
        latex: `(${a}\\times ${b})(${b}\\times ${c}) = ${a}\\times ${c}`,
      },
    ],
  };
}

/** P3 levels 2–3: a numeric product, a matrix times a vector and then a matrix times a matrix. */
function productItem(random: Random, difficulty: Difficulty): Draft {
  const [m, k, n] =
    difficulty === 2
      ? [2, 2, 1]
      : random.pick([
          [2, 3, 2],
          [3, 2, 3],
          [2, 3, 3],
        ] as const);
  const A = drawIntMatrix(random, m, k, -3, 4);
  const B = drawIntMatrix(random, k, n, -2, 3);
  const AB = matMul(A, B);
  return {
    prompt: `Compute $AB$ for $$A = ${matrixTex(A)}, \\qquad B = ${matrixTex(B)}.$$${difficulty === 3 ? " Choose its shape." : ""}`,
    data: { ask: "matrix-product", A, B },
    key: {
      kind: "matrix",
      spec: { kind: "matrix", rows: m, cols: n, variables: [], chooseShape: difficulty === 3 },
      solution: exprRows(AB),
      mistakes: [],
    },
    hints: [
      `$AB$ is $${m}\\times ${n}$: one row per row of $A$, one column per column of $B$.`,
      "Entry $(i, j)$ is $\\sum_k A_{ik}B_{kj}$: row $i$ of $A$ dotted with column $j$ of $B$.",
    ],
    steps: [
      { text: `$(${m}\\times ${k})(${k}\\times ${n})$ gives a $${m}\\times ${n}$ matrix.` },
      { text: "Dot each row of $A$ with each column of $B$.", latex: `AB = ${matrixTex(AB)}` },
    ],
  };
}

/** P3: matrix products and their shapes. */
export const matrixProduct: Generator = {
  id: "matrix-product",
  draw: (random: Random, difficulty: Difficulty): Draft =>
    difficulty === 1 ? shapeItem(random) : productItem(random, difficulty),
};
