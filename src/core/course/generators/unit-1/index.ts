import type { Generator } from "../../generator";
import { exercise2 } from "./exercise-2";
import { jacobian2x2 } from "./jacobian-2x2";
import { jacobianAnyShape } from "./jacobian-any-shape";
import { jacobianAtPoint } from "./jacobian-at-point";
import { linearize } from "./linearize";
import { productChoice } from "./product-choice";
import { shapeOf } from "./shape-of";

/** Unit 1's generators by skill: S1 the Jacobian, S2 linearization, S3 shapes. */
export const UNIT_1_GENERATORS: Readonly<Record<string, readonly Generator[]>> = {
  S1: [jacobian2x2, jacobianAnyShape, jacobianAtPoint],
  S2: [linearize],
  S3: [shapeOf, productChoice, exercise2],
};
