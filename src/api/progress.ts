import { Type, type Static } from "typebox";
import { GateResultSchema } from "./gate-result";

const IsoTime = Type.String({ description: "ISO 8601" });

/** Reviews falling due on one day (UTC), for the dashboard's calendar. */
export const DueDaySchema = Type.Object({
  day: Type.String({ description: "YYYY-MM-DD" }),
  count: Type.Integer(),
});

/** `GET /reviews`: mastered skills due now, and how many fall due on each of the next days. */
export const ReviewsReply = Type.Object({
  due: Type.Array(Type.Object({ skill: Type.String(), title: Type.String(), due: IsoTime })),
  byDay: Type.Array(DueDaySchema),
});
export type ReviewsReply = Static<typeof ReviewsReply>;

/** `GET /progress`: each skill's estimate over time, time studied, reviews by day, gate history. */
export const ProgressReply = Type.Object({
  skills: Type.Array(
    Type.Object({
      skill: Type.String(),
      title: Type.String(),
      unit: Type.Integer(),
      points: Type.Array(Type.Object({ at: IsoTime, estimate: Type.Number() })),
    }),
  ),
  minutesStudied: Type.Number(),
  sessions: Type.Integer(),
  attempts: Type.Integer(),
  reviewsByDay: Type.Array(DueDaySchema),
  gates: Type.Array(
    Type.Object({ id: Type.String(), unit: Type.Integer(), at: IsoTime, result: GateResultSchema }),
  ),
});
export type ProgressReply = Static<typeof ProgressReply>;
