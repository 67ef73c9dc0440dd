import { err, ok } from "../shared";
import { parseShape } from "../math";
import { answerText } from "./answer-text";
import type { KindGrader } from "./kind-grader";

/** A typed shape such as `3x2`; a different shape is a shape mismatch with both shapes. */
export const shapeGrader: KindGrader<"shape"> = {
  read(_spec, submission) {
    const parsed = parseShape(submission.text);
    return parsed.ok ? ok(parsed.value) : err([{ error: parsed.error }]);
  },
  compare(expected, actual) {
    const same = expected.rows === actual.rows && expected.cols === actual.cols;
    return same ? { kind: "same" } : { kind: "shape", expected, actual };
  },
  submit: (answer) => ({ text: answerText("shape", answer) }),
};
