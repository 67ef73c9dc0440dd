import type { InputError, Shape } from "../math";

/** An input error in one cell of a grid answer (`cell` is [row, column]; absent for a single text). */
export interface CellInputError {
  readonly cell?: readonly [number, number];
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
      /** Cells that differ from the solution ([row, column]), when the shapes agree. */
      readonly wrongCells?: readonly (readonly [number, number])[];
    }
  | { readonly verdict: "invalid"; readonly errors: readonly CellInputError[] };
