import type { Random } from "../../../shared";
import { matVec, num, type Expr } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import { compileMap, compileMatrix, drawMap, type DrawnMap } from "./draw-map";
import { findPoint, pointRecord } from "./find-point";
import { friendlyMatrix } from "./friendly-number";
import { inputVariables } from "./jacobian-any-shape";
import {
  argumentsLatex,
  columnLatex,
  definitionLatex,
  matrixLatex,
  pointLatex,
  spaceLatex,
} from "./map-latex";
import { transposed } from "./transposed";

/** Dimension n of F: ℝⁿ → ℝⁿ by difficulty; square, so that using DF(x₀)ᵀ (M2a) gives an answer. */
const DIMENSIONS: Readonly<Record<Difficulty, readonly number[]>> = {
  1: [2],
  2: [2, 3],
  3: [3, 2],
};
/** Entries of Δx: tenths, so the prediction is a short decimal. */
const STEPS = [0.1, -0.1, 0.2, -0.2, 0.3] as const;

/** What the point search settles: F(x₀), DF(x₀), and the two predictions (right and M2a). */
interface Linearization {
  readonly value: Expr[];
  readonly jacobian: Expr[][];
  readonly prediction: Expr[];
  readonly transposedPrediction: Expr[];
}

/**
 * S2: predict F(x₀ + Δx) by the linearization F(x₀) + DF(x₀)Δx, as a vector. Mistake M2a uses
 * DF(x₀)ᵀ; the point is chosen so that this gives another prediction and all numbers are friendly.
 */
export const linearize: Generator = {
  id: "linearize",
  draw(random: Random, difficulty: Difficulty): Draft {
    const n = random.pick(DIMENSIONS[difficulty]);
    const variables = inputVariables(n);
    for (;;) {
      const map = drawMap(random, difficulty, variables, n);
      const delta = variables.map(() => random.pick(STEPS));
      const found = findPoint(random, n, settle(map, delta));
      if (found) return linearizeDraft(map, found.x, delta, found.found);
    }
  },
};

function settle(
  map: DrawnMap,
  delta: readonly number[],
): (x: readonly number[]) => Linearization | undefined {
  const evaluateMap = compileMap(map);
  const evaluateJacobian = compileMatrix(map.jacobian, map.variables);
  return (x) => {
    const f0 = evaluateMap(x);
    const j0 = evaluateJacobian(x);
    const value = friendlyMatrix([f0]);
    const jacobian = friendlyMatrix(j0);
    if (!value || !jacobian || j0.flat().every((v) => v === 0)) return undefined;
    const change = matVec(j0, delta);
    const transposedChange = matVec(transposed(j0), delta);
    const differs = change.some((d, i) => Math.abs(d - (transposedChange[i] ?? NaN)) > 1e-9);
    const right = friendlyMatrix([f0.map((v, i) => v + (change[i] ?? NaN))], "decimal");
    const wrong = friendlyMatrix([f0.map((v, i) => v + (transposedChange[i] ?? NaN))], "decimal");
    if (!right?.[0] || !wrong?.[0] || !differs) return undefined;
    return {
      value: value[0] ?? [],
      jacobian,
      prediction: right[0],
      transposedPrediction: wrong[0],
    };
  };
}

function linearizeDraft(
  map: DrawnMap,
  x: readonly number[],
  delta: readonly number[],
  found: Linearization,
): Draft {
  const n = map.variables.length;
  const at = x.join(", ");
  return {
    prompt:
      `Let $F:${spaceLatex(n)}\\to${spaceLatex(n)}$ be\n\n` +
      `$$${definitionLatex("F", map.variables, map.components)}.$$\n\n` +
      `Use the linearization of $F$ at $\\mathbf{x}_0 = ${pointLatex(x)}$ to predict ` +
      `$F(\\mathbf{x}_0 + \\Delta\\mathbf{x})$ for $\\Delta\\mathbf{x} = ${pointLatex(delta)}$. Give the prediction as a vector.`,
    data: {
      ask: "linearize",
      functions: [{ name: "F", variables: [...map.variables], components: [...map.texts] }],
      point: pointRecord(map.variables, x),
      delta: [...delta],
    },
    key: {
      kind: "vector",
      spec: { kind: "vector", length: n, variables: [] },
      solution: found.prediction,
      mistakes: [{ mistake: "M2a", answer: found.transposedPrediction }],
    },
    hints: [
      "Near $\\mathbf{x}_0$, $F(\\mathbf{x}_0 + \\Delta\\mathbf{x}) \\approx F(\\mathbf{x}_0) + DF(\\mathbf{x}_0)\\,\\Delta\\mathbf{x}$.",
      "Evaluate $F$ and its Jacobian at $\\mathbf{x}_0$; row $i$ of $DF$ holds the partials of $F_i$.",
      "Entry $i$ of $DF(\\mathbf{x}_0)\\,\\Delta\\mathbf{x}$ is row $i$ of $DF(\\mathbf{x}_0)$ dotted with $\\Delta\\mathbf{x}$.",
    ],
    steps: [
      { text: "Evaluate $F$ at the point.", latex: `F(${at}) = ${columnLatex(found.value)}` },
      {
        text: "Differentiate: one row per output, one column per input.",
        latex: `DF(${argumentsLatex(map.variables)}) = ${matrixLatex(map.jacobian)}`,
      },
      {
        text: "Evaluate the Jacobian at the point.",
        latex: `DF(${at}) = ${matrixLatex(found.jacobian)}`,
      },
      {
        text: "Add the linear change to the value at the point.",
        latex: `F(\\mathbf{x}_0) + DF(\\mathbf{x}_0)\\,\\Delta\\mathbf{x} = ${columnLatex(found.value)} + ${matrixLatex(found.jacobian)}${columnLatex(delta.map(num))} = ${columnLatex(found.prediction)}`,
      },
    ],
  };
}
