import { err, ok } from "../shared";
import { toInputSyntax } from "../math";
import { compareMath } from "./compare-math";
import { checkGrid } from "./grid-limits";
import type { KindGrader } from "./kind-grader";
import { parseCells } from "./parse-cells";

/**
 * A list of entry cells, compared entry by entry; a different count is a shape mismatch. Entry i
 * is cell [i, 0], as in a column.
 */
export const vectorGrader: KindGrader<"vector"> = {
  read(spec, submission) {
    const column = submission.cells.map((cell) => [cell]);
    const outline = checkGrid(column);
    if (!outline.ok) return outline;
    const parsed = parseCells(column, spec.variables);
    return parsed.ok ? ok(parsed.value.flat()) : err(parsed.error);
  },
  compare(expected, actual, spec, seed) {
    return compareMath(
      { kind: "vector", entries: expected },
      { kind: "vector", entries: actual },
      { variables: spec.variables, seed },
    );
  },
  submit: (answer) => ({ cells: answer.map((entry) => toInputSyntax(entry)) }),
};
