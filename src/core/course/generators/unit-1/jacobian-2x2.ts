import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { drawMap } from "./draw-map";
import { jacobianDraft } from "./jacobian-item";
import { isUsableJacobian } from "./probe-jacobian";

const VARIABLES = ["x1", "x2"] as const;

/** S1: the Jacobian of a map ℝ² → ℝ², as a 2×2 matrix of expressions in x1, x2. */
export const jacobian2x2: Generator = {
  id: "jacobian-2x2",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const map = drawMap(random, difficulty, VARIABLES, 2);
      if (isUsableJacobian(map.jacobian, VARIABLES, 1)) return jacobianDraft(map, false);
    }
  },
};
