import { toInputSyntax } from "../math";
import { compareMath } from "./compare-math";
import { checkGrid } from "./grid-limits";
import type { KindGrader } from "./kind-grader";
import { parseCells } from "./parse-cells";

/**
 * A grid of cells. The grid's own size is the learner's shape (chosen by the learner when the
 * spec says `chooseShape`), so a wrong shape is reported as such with both shapes, never a crash;
 * orientation counts: a row is not a column.
 */
export const matrixGrader: KindGrader<"matrix"> = {
  read(spec, submission) {
    const outline = checkGrid(submission.cells);
    return outline.ok ? parseCells(submission.cells, spec.variables) : outline;
  },
  compare(expected, actual, spec, seed) {
    return compareMath(
      { kind: "matrix", rows: expected },
      { kind: "matrix", rows: actual },
      { variables: spec.variables, seed },
    );
  },
  submit: (answer) => ({ cells: answer.map((row) => row.map((entry) => toInputSyntax(entry))) }),
};
