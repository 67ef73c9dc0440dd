import type { ClassLearner } from "../../api";

/** A learner's record at one unit's gate: how many tries, and whether one passed. */
export interface UnitGateRecord {
  readonly unit: number;
  readonly tries: number;
  readonly passed: boolean;
}

/** A learner's gate attempts folded per unit, units ascending. */
export function gateSummary(gates: ClassLearner["gates"]): UnitGateRecord[] {
  const byUnit = new Map<number, UnitGateRecord>();
  for (const gate of gates) {
    const before = byUnit.get(gate.unit);
    byUnit.set(gate.unit, {
      unit: gate.unit,
      tries: (before?.tries ?? 0) + 1,
      passed: (before?.passed ?? false) || gate.passed,
    });
  }
  return [...byUnit.values()].sort((a, b) => a.unit - b.unit);
}

/** One unit's gate record in words: "Unit 2: passed (2 tries)", "Unit 3: not passed (1 try)". */
export function gateRecordText(record: UnitGateRecord): string {
  const tries = record.tries === 1 ? "1 try" : `${record.tries} tries`;
  return `Unit ${record.unit}: ${record.passed ? "passed" : "not passed"} (${tries})`;
}
