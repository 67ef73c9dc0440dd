import type { CourseReply } from "../../../api";
import { LESSONS, SKILLS, UNITS } from "../../../core/course";

/** The course outline from core's registry: each unit with its lessons and skills, in order. */
export function courseOutline(): CourseReply {
  return {
    units: UNITS.map(({ unit, title }) => ({
      unit,
      title,
      lessons: LESSONS.filter((l) => l.unit === unit).map(({ id, title }) => ({ id, unit, title })),
      skills: SKILLS.filter((s) => s.unit === unit).map(({ id, title }) => ({ id, title })),
    })),
  };
}
