import type { Random } from "../../../shared";
import type { Expr } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import { compileMatrix, drawMap } from "./draw-map";
import { findPoint } from "./find-point";
import { friendlyMatrix } from "./friendly-number";
import { inputVariables } from "./jacobian-any-shape";
import { jacobianDraft } from "./jacobian-item";
import { isSymmetric, isUsableJacobian } from "./probe-jacobian";

/** [outputs, inputs] by difficulty. */
const SHAPES: Readonly<Record<Difficulty, readonly (readonly [number, number])[]>> = {
  1: [[2, 2]],
  2: [
    [2, 2],
    [2, 3],
    [3, 2],
  ],
  3: [
    [3, 3],
    [2, 4],
    [4, 2],
    [1, 3],
  ],
};

/**
 * S1: the Jacobian evaluated at a point, a matrix of friendly numbers. The point is searched for
 * among small integers so that every entry is an integer or a simple fraction, no row vanishes
 * (each output moves), and a square Jacobian is not symmetric there (M2a differs).
 */
export const jacobianAtPoint: Generator = {
  id: "jacobian-at-point",
  draw(random: Random, difficulty: Difficulty): Draft {
    const [m, n] = random.pick(SHAPES[difficulty]);
    const variables = inputVariables(n);
    for (;;) {
      const map = drawMap(random, difficulty, variables, m);
      if (!isUsableJacobian(map.jacobian, variables, Math.floor((m * n) / 2))) continue;
      const evaluate = compileMatrix(map.jacobian, variables);
      const found = findPoint(random, n, (x) => usableValues(evaluate(x)));
      if (found) return jacobianDraft(map, m !== n, { x: found.x, values: found.found });
    }
  },
};

function usableValues(values: number[][]): Expr[][] | undefined {
  if (values.some((row) => row.every((v) => v === 0))) return undefined;
  // Zeros that make sin and exp friendly must not empty most of the matrix.
  if (values.flat().filter((v) => v === 0).length > Math.ceil(values.flat().length / 2))
    return undefined;
  if (values.length === values[0]?.length && isSymmetric(values)) return undefined;
  return friendlyMatrix(values);
}
