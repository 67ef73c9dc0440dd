import { compareValues } from "../math";
import type { EntryOutcome, EquivalenceOptions, MathValue, ScalarOutcome } from "../math";
import type { Cell, Comparison } from "./comparison";

/**
 * Compares two mathematical values with the equivalence engine: a shape mismatch first, then
 * every entry that differs, then entries that could not be checked (which fail closed).
 */
export function compareMath(
  expected: MathValue,
  actual: MathValue,
  options: EquivalenceOptions,
): Comparison {
  const comparison = compareValues(expected, actual, options);
  if (comparison.kind === "shape") return comparison;
  for (const kind of ["different", "undetermined"] as const) {
    const cells = cellsWith(comparison.entries, kind);
    if (cells.length === 0) continue;
    // A single expression has no cells to point at.
    return expected.kind === "scalar" ? { kind } : { kind, wrongCells: cells };
  }
  return { kind: "same" };
}

function cellsWith(entries: readonly EntryOutcome[], kind: ScalarOutcome["kind"]): Cell[] {
  return entries.filter((e) => e.outcome.kind === kind).map((e) => e.entry);
}
