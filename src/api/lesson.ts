import { Type, type Static } from "typebox";

/** One lesson section in the course outline. */
export const LessonSummary = Type.Object({
  id: Type.String(),
  unit: Type.Integer(),
  title: Type.String(),
});
export type LessonSummary = Static<typeof LessonSummary>;

/** A lesson's text: Markdown with $…$ math and canvas directives, typeset in the browser. */
export const LessonReply = Type.Object({
  lesson: LessonSummary,
  markdown: Type.String(),
});
export type LessonReply = Static<typeof LessonReply>;

/** A unit of the course with its lessons and skills. */
export const UnitSummary = Type.Object({
  unit: Type.Integer(),
  title: Type.String(),
  lessons: Type.Array(LessonSummary),
  skills: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
});
export type UnitSummary = Static<typeof UnitSummary>;

export const CourseReply = Type.Object({ units: Type.Array(UnitSummary) });
export type CourseReply = Static<typeof CourseReply>;
