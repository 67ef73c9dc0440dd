import type { CourseReply, LessonSummary } from "../../api";

/** The lessons of the unit that teaches a skill; none when the skill is in no unit. */
export function lessonsForSkill(course: CourseReply, skill: string): readonly LessonSummary[] {
  const unit = course.units.find((u) => u.skills.some((s) => s.id === skill));
  return unit?.lessons ?? [];
}
