import type { InputError, Shape } from "../math";
import type { GraphPath } from "./answer-kinds";
import type { Cell } from "./comparison";
import type { MistakeId } from "./mistakes";

/** An input error in one cell of a grid answer (`cell` is [row, column]; absent for a single text). */
export interface CellInputError {
  readonly cell?: Cell;
  readonly error: InputError;
}

/**
 * The verdict on one submission. `invalid` means the input could not be read: it is not an
 * attempt, and the learner fixes it and submits again.
 */
export type GradeResult =
  | { readonly verdict: "correct" }
  | {
      readonly verdict: "incorrect";
      /**
       * "undetermined": the answer is undefined at too many sample points to be checked, so it
       * fails closed (see docs/equivalence.md); `wrongCells` then lists the cells concerned.
       */
      readonly reason: "value" | "shape" | "undetermined";
      /** Set when reason is "shape". */
      readonly expectedShape?: Shape;
      readonly actualShape?: Shape;
      /** Cells (or ordering positions) that differ from the solution, when the shapes agree. */
      readonly wrongCells?: readonly Cell[];
      /** For path answers: the paths left out, and the paths given that are not asked for. */
      readonly missingPaths?: readonly GraphPath[];
      readonly extraPaths?: readonly GraphPath[];
      /** Every catalogued mistake whose answer this is; empty when none matches. */
      readonly mistakes: readonly MistakeId[];
    }
  | { readonly verdict: "invalid"; readonly errors: readonly CellInputError[] };
