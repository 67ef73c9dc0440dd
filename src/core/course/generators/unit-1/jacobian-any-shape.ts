import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { drawMap } from "./draw-map";
import { jacobianDraft } from "./jacobian-item";
import { isUsableJacobian } from "./probe-jacobian";

/** [outputs, inputs] by difficulty: larger and less square as it rises. */
const SHAPES: Readonly<Record<Difficulty, readonly (readonly [number, number])[]>> = {
  1: [
    [2, 3],
    [3, 2],
    [1, 2],
    [2, 1],
  ],
  2: [
    [2, 3],
    [3, 2],
    [1, 3],
    [3, 1],
    [3, 3],
  ],
  3: [
    [2, 4],
    [4, 2],
    [3, 4],
    [4, 3],
    [1, 4],
  ],
};

/** The input variables x1 … xn. */
export const inputVariables = (n: number): string[] =>
  Array.from({ length: n }, (_, j) => `x${j + 1}`);

/**
 * S1: the symbolic Jacobian of a map ℝⁿ → ℝᵐ with n, m from 1 to 4, the learner choosing the
 * shape (so the n×m layout of mistake M2a is an answer that can be given and named).
 */
export const jacobianAnyShape: Generator = {
  id: "jacobian-any-shape",
  draw(random: Random, difficulty: Difficulty): Draft {
    const [m, n] = random.pick(SHAPES[difficulty]);
    const variables = inputVariables(n);
    for (;;) {
      const map = drawMap(random, difficulty, variables, m);
      if (isUsableJacobian(map.jacobian, variables, Math.floor((m * n) / 2))) {
        return jacobianDraft(map, true);
      }
    }
  },
};
