import type { Generator } from "../generator";
import { PLACEMENT_GENERATORS } from "./placement";
import { UNIT_1_GENERATORS } from "./unit-1";
import { UNIT_2_GENERATORS } from "./unit-2";
import { UNIT_3_GENERATORS } from "./unit-3";
import { UNIT_4_GENERATORS } from "./unit-4";
import { UNIT_5_GENERATORS } from "./unit-5";

/** Every skill's item generators, by skill id. */
export const GENERATORS: Readonly<Record<string, readonly Generator[]>> = {
  ...PLACEMENT_GENERATORS,
  ...UNIT_1_GENERATORS,
  ...UNIT_2_GENERATORS,
  ...UNIT_3_GENERATORS,
  ...UNIT_4_GENERATORS,
  ...UNIT_5_GENERATORS,
};
