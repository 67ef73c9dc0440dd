import { matMul, transpose as transposeOf } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { drawIntMatrix, exprRows, matrixTex } from "./int-matrix";

/** A matrix-answer key whose shape the learner chooses (a transpose changes the shape). */
const matrixKey = (solution: readonly (readonly number[])[]) => ({
  kind: "matrix" as const,
  spec: {
    kind: "matrix" as const,
    rows: solution.length,
    cols: solution[0]?.length ?? 0,
    variables: [],
    chooseShape: true,
  },
  solution: exprRows(solution),
  mistakes: [],
});

/** P4 level 1: the transpose of a non-square matrix. */
function transposeItem(random: Random): Draft {
  const [r, c] = random.pick([
    [2, 3],
    [3, 2],
    [2, 4],
  ] as const);
  const A = drawIntMatrix(random, r, c, -4, 5);
  return {
    prompt: `Find $A^\\top$ for $$A = ${matrixTex(A)}.$$ Choose its shape.`,
    data: { ask: "transpose", A },
    key: matrixKey(transposeOf(A)),
    hints: [
      "Row $i$ of $A^\\top$ is column $i$ of $A$.",
      `$A$ is $${r}\\times ${c}$, so $A^\\top$ is $${c}\\times ${r}$.`,
    ],
    steps: [
      { text: `$A$ is $${r}\\times ${c}$, so $A^\\top$ is $${c}\\times ${r}$.` },
      {
        text: "Write each column of $A$ as a row.",
        latex: `A^\\top = ${matrixTex(transposeOf(A))}`,
      },
    ],
  };
}

/** P4 level 2: (AB)ᵀ with numbers, which is BᵀAᵀ. */
function productTransposeItem(random: Random): Draft {
  const A = drawIntMatrix(random, 2, 2, -2, 3);
  const B = drawIntMatrix(random, 2, 3, -2, 3);
  const answer = transposeOf(matMul(A, B));
  return {
    prompt: `Find $(AB)^\\top$ for $$A = ${matrixTex(A)}, \\qquad B = ${matrixTex(B)}.$$ Choose its shape.`,
    data: { ask: "product-transpose", A, B },
    key: matrixKey(answer),
    hints: [
      "Either compute $AB$ and transpose it, or use $(AB)^\\top = B^\\top A^\\top$.",
      "$AB$ is $2\\times 3$, so $(AB)^\\top$ is $3\\times 2$.",
    ],
    steps: [
      { text: "First the product.", latex: `AB = ${matrixTex(matMul(A, B))}` },
      {
        text: "Then its transpose, which equals $B^\\top A^\\top$.",
        latex: `(AB)^\\top = ${matrixTex(answer)}`,
      },
    ],
  };
}

/** P4 level 3: the rule for the transpose of a product of three factors, as a choice. */
function ruleItem(random: Random): Draft {
  const options = [
    { id: "reversed", label: "$C^\\top B^\\top A^\\top$" },
    { id: "same-order", label: "$A^\\top B^\\top C^\\top$" },
    { id: "no-transpose", label: "$CBA$" },
    { id: "outer-only", label: "$C^\\top (AB)$" },
  ];
  return {
    prompt: "For matrices whose product $ABC$ is defined, which expression equals $(ABC)^\\top$?",
    data: { ask: "transpose-rule" },
    key: {
      kind: "choice",
      spec: { kind: "choice", options: random.shuffle(options) },
      solution: "reversed",
      mistakes: [],
    },
    hints: [
      "Start from $(XY)^\\top = Y^\\top X^\\top$.",
      "Apply it with $X = AB$ and $Y = C$, then once more to $(AB)^\\top$.",
    ],
    steps: [
      {
        text: "Transposing a product reverses the order and transposes each factor.",
        latex: "(ABC)^\\top = C^\\top (AB)^\\top",
      },
      { text: "Apply the rule again.", latex: "C^\\top (AB)^\\top = C^\\top B^\\top A^\\top" },
    ],
  };
}

/** P4: transposes, including (AB)ᵀ = BᵀAᵀ. */
export const transpose: Generator = {
  id: "transpose",
  draw(random: Random, difficulty: Difficulty): Draft {
    if (difficulty === 1) return transposeItem(random);
    return difficulty === 2 ? productTransposeItem(random) : ruleItem(random);
  },
};
