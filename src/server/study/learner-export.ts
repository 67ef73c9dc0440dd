import type { LearnerId } from "../../core/shared";
import type { ServerContext } from "../context";
import { listAttemptDetails } from "../db/attempt-repository";
import { toCsv } from "../http/csv";
import { loadLearnerRecords } from "./learner-records";

/** Everything stored about the learner's study, as one JSON document (their own data). */
export async function exportLearnerJson(
  context: ServerContext,
  learner: { readonly learnerId: LearnerId; readonly name: string },
): Promise<unknown> {
  const { stored, attempts, sessions, gates } = await loadLearnerRecords(
    context.db,
    learner.learnerId,
  );
  return {
    exportedAt: context.clock().toISOString(),
    learner: { id: learner.learnerId, name: learner.name },
    model: stored.state,
    attempts: attempts.map(({ learnerId: _learner, submission, ...attempt }) => ({
      ...attempt,
      submission: JSON.parse(submission) as unknown,
    })),
    sessions,
    gates: gates.map(({ id, unit, startedAt, result }) => ({ id, unit, startedAt, result })),
  };
}

/** The learner's attempts as CSV, one row per graded answer. */
export async function exportLearnerCsv(
  context: ServerContext,
  learnerId: LearnerId,
): Promise<string> {
  const attempts = await listAttemptDetails(context.db, [learnerId]);
  return toCsv(
    [
      "answered_at",
      "skill",
      "item_id",
      "correct",
      "help",
      "mistakes",
      "estimate_after",
      "submission",
    ],
    attempts.map((a) => [
      a.createdAt,
      a.skill,
      a.itemId,
      a.correct,
      a.help,
      a.mistakes.join(" "),
      a.estimateAfter,
      a.submission,
    ]),
  );
}
