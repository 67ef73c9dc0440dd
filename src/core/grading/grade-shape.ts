import { parseShape, valueShape } from "../math";
import type { MathValue } from "../math";
import type { GradeResult } from "./grade-result";
import type { Submission } from "./submission";

/**
 * Grades a typed shape such as `3x2`. The expected shape is the shape of the solution value, so
 * a shape item stores any matrix of the right size (its entries are not shown or compared).
 */
export function gradeShape(
  expected: MathValue,
  submission: Extract<Submission, { kind: "shape" }>,
): GradeResult {
  const parsed = parseShape(submission.text);
  if (!parsed.ok) return { verdict: "invalid", errors: [{ error: parsed.error }] };
  const expectedShape = valueShape(expected);
  const actualShape = parsed.value;
  if (expectedShape.rows === actualShape.rows && expectedShape.cols === actualShape.cols) {
    return { verdict: "correct" };
  }
  return { verdict: "incorrect", reason: "shape", expectedShape, actualShape };
}
