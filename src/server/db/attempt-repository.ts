import type { Kysely } from "kysely";
import type { LearnerId, SkillId } from "../../core/shared";
import type { Database } from "./database";

/** A graded attempt to store. */
export interface NewAttempt {
  readonly id: string;
  readonly itemId: string;
  readonly learnerId: LearnerId;
  readonly skill: SkillId;
  /** The submission as the learner sent it; stored as JSON for later diagnosis and export. */
  readonly submission: unknown;
  readonly correct: boolean;
  readonly createdAt: Date;
}

/** One attempt in a learner's history. */
export interface AttemptRecord {
  readonly itemId: string;
  readonly correct: boolean;
  readonly createdAt: string;
}

/** Stores a graded attempt. */
export async function insertAttempt(db: Kysely<Database>, attempt: NewAttempt): Promise<void> {
  await db
    .insertInto("attempts")
    .values({
      id: attempt.id,
      item_id: attempt.itemId,
      learner_id: attempt.learnerId,
      skill: attempt.skill,
      submission: JSON.stringify(attempt.submission),
      correct: attempt.correct ? 1 : 0,
      created_at: attempt.createdAt.toISOString(),
    })
    .execute();
}

/** The learner's latest `limit` attempts at a skill, oldest first. */
export async function listSkillAttempts(
  db: Kysely<Database>,
  learnerId: LearnerId,
  skill: SkillId,
  limit: number,
): Promise<AttemptRecord[]> {
  const rows = await db
    .selectFrom("attempts")
    .select(["item_id", "correct", "created_at"])
    .where("learner_id", "=", learnerId)
    .where("skill", "=", skill)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows
    .reverse()
    .map((row) => ({ itemId: row.item_id, correct: row.correct === 1, createdAt: row.created_at }));
}
