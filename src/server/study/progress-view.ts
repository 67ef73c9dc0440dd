import type { ProgressReply } from "../../api";
import { SKILLS } from "../../core/course";
import type { LearnerId } from "../../core/shared";
import type { ServerContext } from "../context";
import { toGateResultReply } from "./gate-replies";
import { loadLearnerRecords } from "./learner-records";
import { reviewsView } from "./reviews";

/**
 * The dashboard: each skill's estimate after every answer, minutes studied (each session from
 * its start to its last activity), reviews due by day and the gate history.
 */
export async function progressView(
  context: ServerContext,
  learnerId: LearnerId,
): Promise<ProgressReply> {
  const now = context.clock().getTime();
  const { stored, attempts, sessions, gates } = await loadLearnerRecords(context.db, learnerId);
  const studied = sessions.reduce(
    (ms, s) => ms + Date.parse(s.lastActiveAt) - Date.parse(s.startedAt),
    0,
  );
  return {
    skills: SKILLS.map((skill) => ({
      skill: skill.id,
      title: skill.title,
      unit: skill.unit,
      points: attempts.flatMap((a) =>
        a.skill === skill.id && a.estimateAfter !== null
          ? [{ at: a.createdAt, estimate: a.estimateAfter }]
          : [],
      ),
    })),
    minutesStudied: Math.round(studied / 6_000) / 10,
    sessions: sessions.length,
    attempts: attempts.length,
    reviewsByDay: reviewsView(stored.state, now).byDay,
    gates: gates.flatMap((g) =>
      g.result
        ? [{ id: g.id, unit: g.unit, at: g.startedAt, result: toGateResultReply(g.result) }]
        : [],
    ),
  };
}
