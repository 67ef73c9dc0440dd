import type { Generator } from "../../generator";
import { arrowPullback } from "./arrow-pullback";
import { arrowPushforward } from "./arrow-pushforward";
import { exercise1, exercise3 } from "./exercises";
import { pairingCheck } from "./pairing-check";
import { pullback } from "./pullback";
import { pushforward } from "./pushforward";
import { rowOrColumn } from "./row-or-column";
import { whichGradient } from "./which-gradient";
import { workedExample2Check, workedExample2Pull, workedExample2Push } from "./worked-example-2";

/**
 * Unit 4's generators by skill: S6 row and column, S7 pushforward, S8 pullback (each also answered
 * by dragging an arrow), S12 forward/reverse check.
 */
export const UNIT_4_GENERATORS: Readonly<Record<string, readonly Generator[]>> = {
  S6: [rowOrColumn],
  S7: [pushforward, arrowPushforward, workedExample2Push],
  S8: [pullback, arrowPullback, workedExample2Pull, exercise1, exercise3],
  S12: [pairingCheck, whichGradient, workedExample2Check],
};
