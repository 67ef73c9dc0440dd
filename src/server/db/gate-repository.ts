import type { Kysely } from "kysely";
import type { GateQuiz, GateResult } from "../../core/learner";
import { asLearnerId, type LearnerId } from "../../core/shared";
import type { Database } from "./database";

/** A gate attempt as stored: its fixed quiz, and its verdict once finished. */
export interface GateAttemptRecord {
  readonly id: string;
  readonly unit: number;
  readonly quiz: GateQuiz;
  readonly startedAt: string;
  readonly result: GateResult | null;
}

type GateRow = Pick<Database["gate_attempts"], "id" | "unit" | "quiz" | "started_at" | "result">;

const toRecord = (row: GateRow): GateAttemptRecord => ({
  id: row.id,
  unit: row.unit,
  quiz: JSON.parse(row.quiz) as GateQuiz,
  startedAt: row.started_at,
  result: row.result === null ? null : (JSON.parse(row.result) as GateResult),
});

const COLUMNS = ["id", "unit", "quiz", "started_at", "result"] as const;

/**
 * Stores a new gate attempt with its drawn quiz; false when the learner already has an unfinished
 * one (a concurrent request, maybe on another server, stored it first).
 */
export async function insertGateAttempt(
  db: Kysely<Database>,
  attempt: { id: string; learnerId: LearnerId; quiz: GateQuiz; startedAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto("gate_attempts")
    .values({
      id: attempt.id,
      learner_id: attempt.learnerId,
      unit: attempt.quiz.unit,
      quiz: JSON.stringify(attempt.quiz),
      started_at: attempt.startedAt.toISOString(),
      finished_at: null,
      result: null,
    })
    // Not an error, which would abort the caller's transaction on PostgreSQL.
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** The learner's gate attempt with this id; another learner's is not found. */
export async function findGateAttempt(
  db: Kysely<Database>,
  learnerId: LearnerId,
  id: string,
): Promise<GateAttemptRecord | undefined> {
  const row = await db
    .selectFrom("gate_attempts")
    .select(COLUMNS)
    .where("id", "=", id)
    .where("learner_id", "=", learnerId)
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/** The learner's unfinished gate attempt, if any (at most one is ever open). */
export async function findOpenGateAttempt(
  db: Kysely<Database>,
  learnerId: LearnerId,
): Promise<GateAttemptRecord | undefined> {
  const row = await db
    .selectFrom("gate_attempts")
    .select(COLUMNS)
    .where("learner_id", "=", learnerId)
    .where("finished_at", "is", null)
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/** Right or wrong for each answered item of a gate attempt, in quiz order. */
export async function gateAnswers(db: Kysely<Database>, attemptId: string): Promise<boolean[]> {
  const rows = await db
    .selectFrom("items")
    .innerJoin("attempts", "attempts.item_id", "items.id")
    .select(["items.position", "attempts.correct"])
    .where("items.gate_attempt_id", "=", attemptId)
    .orderBy("items.position")
    .execute();
  return rows.map((row) => row.correct === 1);
}

/** Issued items of a gate attempt so far (answered or not). */
export async function countGateItems(db: Kysely<Database>, attemptId: string): Promise<number> {
  const row = await db
    .selectFrom("items")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("gate_attempt_id", "=", attemptId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Records a gate attempt's verdict. */
export async function finishGateAttempt(
  db: Kysely<Database>,
  id: string,
  result: GateResult,
  now: Date,
): Promise<void> {
  await db
    .updateTable("gate_attempts")
    .set({ finished_at: now.toISOString(), result: JSON.stringify(result) })
    .where("id", "=", id)
    .execute();
}

/** The finished gate attempts of the learners given, oldest first. */
export async function listGateResults(
  db: Kysely<Database>,
  learnerIds: readonly LearnerId[],
): Promise<(GateAttemptRecord & { readonly learnerId: LearnerId })[]> {
  if (learnerIds.length === 0) return [];
  const rows = await db
    .selectFrom("gate_attempts")
    .select([...COLUMNS, "learner_id"])
    .where("learner_id", "in", learnerIds)
    .where("finished_at", "is not", null)
    .orderBy("started_at")
    .orderBy("id") // ties broken the same way on SQLite and PostgreSQL
    .execute();
  return rows.map((row) => ({ ...toRecord(row), learnerId: asLearnerId(row.learner_id) }));
}
