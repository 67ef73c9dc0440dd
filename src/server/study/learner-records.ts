import type { Kysely } from "kysely";
import type { LearnerId } from "../../core/shared";
import { listAttemptDetails } from "../db/attempt-repository";
import type { Database } from "../db/database";
import { listGateResults } from "../db/gate-repository";
import { loadLearnerState } from "../db/learner-state-repository";
import { listStudySessions } from "../db/study-session-repository";

/** Everything stored about one learner's study, read at once: for the dashboard and the export. */
export async function loadLearnerRecords(db: Kysely<Database>, learnerId: LearnerId) {
  const [stored, attempts, sessions, gates] = await Promise.all([
    loadLearnerState(db, learnerId),
    listAttemptDetails(db, [learnerId]),
    listStudySessions(db, learnerId),
    listGateResults(db, [learnerId]),
  ]);
  return { stored, attempts, sessions, gates };
}
