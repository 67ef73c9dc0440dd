import type { ClassDetailReply } from "../../api";
import { toCsv } from "../http/csv";

/** A class's progress as CSV: one row per learner and skill, with units passed and attempts. */
export function classCsv(detail: ClassDetailReply): string {
  return toCsv(
    ["learner", "skill", "estimate", "mastered", "units_passed", "attempts"],
    detail.learners.flatMap((learner) =>
      learner.skills.map((skill) => [
        learner.name,
        skill.skill,
        Number(skill.estimate.toFixed(4)),
        skill.mastered,
        learner.passedUnits.join(" "),
        learner.attempts,
      ]),
    ),
  );
}
