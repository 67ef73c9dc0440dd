import type { ClassLearner } from "../../api";

/** One learner's standing on one skill, or null when the server sent none for it. */
export type LearnerCell = ClassLearner["skills"][number] | null;

/** A learner's skills lined up with the table's columns, so each cell sits under its heading. */
export function learnerCells(
  columns: readonly { readonly id: string }[],
  learner: ClassLearner,
): LearnerCell[] {
  const bySkill = new Map(learner.skills.map((s) => [s.skill, s]));
  return columns.map((column) => bySkill.get(column.id) ?? null);
}
