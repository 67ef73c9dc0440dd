import { err, ok } from "../shared";
import type { Result } from "../shared";
import { inputError } from "../math";
import type { SpecOf } from "./answer-kinds";
import type { Cell } from "./comparison";
import type { CellInputError } from "./grade-result";
import type { KindGrader } from "./kind-grader";

/**
 * The factors of a product put in order: right when the sequence is the solution's. Position i
 * of the order is cell [i, 0], so a wrong order points at the positions that differ.
 */
export const orderingGrader: KindGrader<"ordering"> = {
  read: (spec, submission) => readOrder(spec, submission.order),
  compare(expected, actual) {
    const wrongCells: Cell[] = [];
    const length = Math.max(expected.length, actual.length);
    for (let i = 0; i < length; i++) if (expected[i] !== actual[i]) wrongCells.push([i, 0]);
    return wrongCells.length === 0 ? { kind: "same" } : { kind: "different", wrongCells };
  },
  submit: (answer) => ({ order: answer }),
};

/** Every factor exactly once: unknown, repeated and missing factors are all reported. */
function readOrder(
  spec: SpecOf<"ordering">,
  order: readonly string[],
): Result<readonly string[], CellInputError[]> {
  const count = spec.factors.length;
  if (order.length > count) {
    const message = `there are only ${count} factors to put in order`;
    return err([{ error: inputError("too-large", 0, message) }]);
  }
  const known = new Set(spec.factors.map((factor) => factor.id));
  const seen = new Set<string>();
  const errors: CellInputError[] = [];
  order.forEach((id, i) => {
    const problem = !known.has(id)
      ? "is not one of the factors"
      : seen.has(id)
        ? "repeats a factor already placed"
        : undefined;
    if (problem)
      errors.push({
        cell: [i, 0],
        error: inputError("not-allowed", 0, `place ${i + 1} ${problem}`),
      });
    seen.add(id);
  });
  const missing = count - [...seen].filter((id) => known.has(id)).length;
  if (missing > 0) {
    const message = `place every factor once: ${missing} ${missing === 1 ? "is" : "are"} missing`;
    errors.push({ error: inputError("empty", 0, message) });
  }
  return errors.length === 0 ? ok(order) : err(errors);
}
