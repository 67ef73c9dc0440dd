import type { Generator } from "../../generator";
import { chainAtPoint } from "./chain-at-point";
import { chainOrdering } from "./chain-ordering";
import { chainSymbolic } from "./chain-symbolic";
import { outerAtInnerPoint } from "./outer-at-inner";
import { workedExample1 } from "./worked-example-1";

/** Unit 2's generators by skill: S4 local derivatives at their own points, S5 the chain-rule product. */
export const UNIT_2_GENERATORS: Readonly<Record<string, readonly Generator[]>> = {
  S4: [outerAtInnerPoint],
  S5: [chainSymbolic, chainAtPoint, chainOrdering, workedExample1],
};
