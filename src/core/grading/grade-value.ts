import { compareValues } from "../math";
import type { EntryOutcome, EquivalenceOptions, MathValue, ScalarOutcome } from "../math";
import type { GradeResult } from "./grade-result";

/**
 * Grades a parsed answer against the solution: a shape mismatch first, then every entry that
 * differs, then entries that could not be checked (which fail closed), else correct.
 */
export function gradeValue(
  expected: MathValue,
  answer: MathValue,
  options: EquivalenceOptions,
): GradeResult {
  const comparison = compareValues(expected, answer, options);
  if (comparison.kind === "shape") {
    return {
      verdict: "incorrect",
      reason: "shape",
      expectedShape: comparison.expected,
      actualShape: comparison.actual,
    };
  }
  for (const reason of ["value", "undetermined"] as const) {
    const cells = cellsWith(comparison.entries, reason === "value" ? "different" : reason);
    if (cells.length === 0) continue;
    // A single expression has no cells to point at.
    return expected.kind === "scalar"
      ? { verdict: "incorrect", reason }
      : { verdict: "incorrect", reason, wrongCells: cells };
  }
  return { verdict: "correct" };
}

function cellsWith(
  entries: readonly EntryOutcome[],
  kind: ScalarOutcome["kind"],
): (readonly [number, number])[] {
  return entries.filter((e) => e.outcome.kind === kind).map((e) => e.entry);
}
