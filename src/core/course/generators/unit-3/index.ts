import type { Generator } from "../../generator";
import { livePaths } from "./live-paths";
import { pathSumPartial } from "./path-sum-partial";
import { workedExample3 } from "./worked-example-3";

/** Unit 3's generators by skill: S9 path sums. */
export const UNIT_3_GENERATORS: Readonly<Record<string, readonly Generator[]>> = {
  S9: [pathSumPartial, livePaths, workedExample3],
};
