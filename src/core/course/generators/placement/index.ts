import type { Generator } from "../../generator";
import { derivative1d } from "./derivative-1d";
import { dotProduct } from "./dot-product";
import { gradient } from "./gradient";
import { matrixProduct } from "./matrix-product";
import { partialDerivative } from "./partial-derivative";
import { transpose } from "./transpose";

/** Placement's generators by prerequisite skill (P1–P6). */
export const PLACEMENT_GENERATORS: Readonly<Record<string, readonly Generator[]>> = {
  P1: [derivative1d],
  P2: [partialDerivative],
  P3: [matrixProduct],
  P4: [transpose],
  P5: [dotProduct],
  P6: [gradient],
};
