import { err, ok } from "../shared";
import { inputError } from "../math";
import { arrowDistance, arrowLength, arrowReach, arrowTolerance } from "./arrow-tolerance";
import type { KindGrader } from "./kind-grader";

/**
 * An arrow dragged on the canvas, read as its tip's coordinates and compared by distance: the
 * learner's tip is the expected arrow when it lands within `arrowTolerance` of it. Coordinate i
 * is cell [i, 0], as in a column.
 */
export const arrowGrader: KindGrader<"arrow"> = {
  read(spec, submission) {
    const { tip } = submission;
    const dimension = spec.axes.length;
    if (tip.length !== dimension) {
      const message = `the arrow has ${tip.length} coordinates where this space has ${dimension}`;
      return err([{ error: inputError("bad-shape", 0, message) }]);
    }
    const broken = tip.findIndex((v) => !Number.isFinite(v));
    if (broken >= 0) {
      const error = inputError("not-allowed", 0, `coordinate ${broken + 1} is not a number`);
      return err([{ cell: [broken, 0], error }]);
    }
    if (arrowLength(tip) > arrowReach(spec.span)) {
      return err([{ error: inputError("too-large", 0, "the arrow reaches too far off the box") }]);
    }
    return ok([...tip]);
  },
  compare(expected, actual, spec) {
    if (expected.length !== actual.length) {
      const shape = (v: readonly number[]) => ({ rows: v.length, cols: 1 });
      return { kind: "shape", expected: shape(expected), actual: shape(actual) };
    }
    const near = arrowDistance(expected, actual) <= arrowTolerance(expected, spec.span);
    return near ? { kind: "same" } : { kind: "different" };
  },
  submit: (answer) => ({ tip: [...answer] }),
};
