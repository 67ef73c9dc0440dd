import type { Kysely } from "kysely";
import type { LearnerId, SkillId } from "../../core/shared";
import type { Database } from "../db/database";
import { listSkillAttempts, type AttemptRecord } from "../db/attempt-repository";

// Enough for the learner's view and the learner model's recent window; older attempts stay stored.
const HISTORY_LIMIT = 100;

/** The learner's most recent attempts at a skill, oldest first. */
export function skillHistory(
  db: Kysely<Database>,
  learnerId: LearnerId,
  skill: SkillId,
): Promise<AttemptRecord[]> {
  return listSkillAttempts(db, learnerId, skill, HISTORY_LIMIT);
}
