import type { Insertable, Kysely } from "kysely";
import type { Submission } from "../../core/grading";
import type { Help } from "../../core/learner";
import { asLearnerId, asSkillId, type LearnerId, type SkillId } from "../../core/shared";
import { prepareQuery } from "./prepared-query";
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
  /** The help the learner had: hints revealed or faded steps shown count as "hint". */
  readonly help: Help;
  readonly mistakes: readonly string[];
  /** The skill's mastery estimate right after this answer. */
  readonly estimateAfter: number;
  readonly sessionId: string | null;
}

/** One attempt in a learner's history. */
export interface AttemptRecord {
  readonly itemId: string;
  readonly correct: boolean;
  readonly createdAt: string;
}

// Every answer stores an attempt and reads the skill's history: compiled once (prepared-query.ts).
const insertAttemptRow = prepareQuery((db, row: Insertable<Database["attempts"]>) =>
  db.insertInto("attempts").values({
    id: row.id,
    item_id: row.item_id,
    learner_id: row.learner_id,
    skill: row.skill,
    submission: row.submission,
    correct: row.correct,
    created_at: row.created_at,
    help: row.help,
    mistakes: row.mistakes,
    estimate_after: row.estimate_after,
    study_session_id: row.study_session_id,
  }),
);

/** Stores a graded attempt. */
export async function insertAttempt(db: Kysely<Database>, attempt: NewAttempt): Promise<void> {
  await insertAttemptRow(db, {
    id: attempt.id,
    item_id: attempt.itemId,
    learner_id: attempt.learnerId,
    skill: attempt.skill,
    submission: JSON.stringify(attempt.submission),
    correct: attempt.correct ? 1 : 0,
    created_at: attempt.createdAt.toISOString(),
    help: attempt.help,
    mistakes: JSON.stringify(attempt.mistakes),
    estimate_after: attempt.estimateAfter,
    study_session_id: attempt.sessionId,
  });
}

/** The learner's latest `limit` attempts at a skill, oldest first. */
export async function listSkillAttempts(
  db: Kysely<Database>,
  learnerId: LearnerId,
  skill: SkillId,
  limit: number,
): Promise<AttemptRecord[]> {
  const { rows } = await latestSkillAttempts(db, { learnerId, skill, limit });
  return rows
    .reverse()
    .map((row) => ({ itemId: row.item_id, correct: row.correct === 1, createdAt: row.created_at }));
}

/** The query behind `listSkillAttempts`, newest first (exported so a test can explain it). */
export function latestSkillAttemptsQuery(
  db: Kysely<Database>,
  values: { learnerId: string; skill: string; limit: number },
) {
  return db
    .selectFrom("attempts")
    .select(["item_id", "correct", "created_at"])
    .where("learner_id", "=", values.learnerId)
    .where("skill", "=", values.skill)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(values.limit);
}

const latestSkillAttempts = prepareQuery(latestSkillAttemptsQuery);

/** The submission first graded for an item (its replay answers any later submission). */
export async function findItemSubmission(
  db: Kysely<Database>,
  itemId: string,
): Promise<Submission | undefined> {
  const row = await db
    .selectFrom("attempts")
    .select("submission")
    .where("item_id", "=", itemId)
    .orderBy("created_at")
    .executeTakeFirst();
  // Stored only after the API schema validated it and the grader read it.
  return row === undefined ? undefined : (JSON.parse(row.submission) as Submission);
}

/** An attempt with everything a progress view or an export shows. */
export interface AttemptDetail {
  readonly itemId: string;
  readonly skill: SkillId;
  readonly correct: boolean;
  readonly help: Help;
  readonly mistakes: readonly string[];
  readonly estimateAfter: number | null;
  readonly submission: string;
  readonly createdAt: string;
}

/** Every attempt of the learners given, oldest first. */
export async function listAttemptDetails(
  db: Kysely<Database>,
  learnerIds: readonly LearnerId[],
): Promise<(AttemptDetail & { readonly learnerId: LearnerId })[]> {
  if (learnerIds.length === 0) return [];
  const rows = await db
    .selectFrom("attempts")
    .select([
      "learner_id",
      "item_id",
      "skill",
      "correct",
      "help",
      "mistakes",
      "estimate_after",
      "submission",
      "created_at",
    ])
    .where("learner_id", "in", learnerIds)
    .orderBy("created_at")
    .orderBy("id") // ties broken the same way on SQLite and PostgreSQL
    .execute();
  return rows.map((row) => ({
    learnerId: asLearnerId(row.learner_id),
    itemId: row.item_id,
    skill: asSkillId(row.skill),
    correct: row.correct === 1,
    help: row.help,
    mistakes: JSON.parse(row.mistakes) as string[],
    estimateAfter: row.estimate_after,
    submission: row.submission,
    createdAt: row.created_at,
  }));
}
