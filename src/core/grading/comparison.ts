import type { Shape } from "../math";
import type { GraphPath } from "./answer-kinds";

/** A [row, column] position in a grid answer (an ordering's or a vector's position i is [i, 0]). */
export type Cell = readonly [number, number];

/**
 * How an answer compares with an expected one of the same kind. `undetermined` (the values are
 * undefined at too many sample points to be checked) fails closed: it never means "same".
 */
export type Comparison =
  | { readonly kind: "same" }
  | {
      readonly kind: "different";
      /** Grid answers and orderings: the positions that differ. */
      readonly wrongCells?: readonly Cell[];
      /** Path answers: the expected paths not given, and the given paths not expected. */
      readonly missingPaths?: readonly GraphPath[];
      readonly extraPaths?: readonly GraphPath[];
    }
  | { readonly kind: "shape"; readonly expected: Shape; readonly actual: Shape }
  | { readonly kind: "undetermined"; readonly wrongCells?: readonly Cell[] };
