import type { Kysely } from "kysely";
import type { LearnerState, SessionEntry, SessionSummary } from "../../core/learner";
import { asSkillId, type LearnerId, type SkillId } from "../../core/shared";
import { prepareQuery } from "./prepared-query";
import type { Database } from "./database";
import { readLearnerState } from "./learner-state-repository";

/** A study session as stored. */
export interface StudySessionRecord {
  readonly id: string;
  readonly maxItems: number;
  readonly startedAt: string;
  readonly lastActiveAt: string;
  readonly endedAt: string | null;
  readonly summary: SessionSummary | null;
}

// Without the state at the start: only the summary reads it (`loadSessionStartState`), and
// parsing it on every step showed in the load benchmark.
const COLUMNS = ["id", "max_items", "started_at", "last_active_at", "ended_at", "summary"] as const;

type SessionRow = Pick<Database["study_sessions"], (typeof COLUMNS)[number]>;

const toRecord = (row: SessionRow): StudySessionRecord => ({
  id: row.id,
  maxItems: row.max_items,
  startedAt: row.started_at,
  lastActiveAt: row.last_active_at,
  endedAt: row.ended_at,
  summary: row.summary === null ? null : (JSON.parse(row.summary) as SessionSummary),
});

/**
 * Stores a new session with the learner's state at its start; false when the learner already
 * has an open one (a concurrent request, maybe on another server, stored it first).
 */
export async function insertStudySession(
  db: Kysely<Database>,
  session: { id: string; learnerId: LearnerId; maxItems: number; state: LearnerState; now: Date },
): Promise<boolean> {
  const at = session.now.toISOString();
  const inserted = await db
    .insertInto("study_sessions")
    .values({
      id: session.id,
      learner_id: session.learnerId,
      max_items: session.maxItems,
      state_before: JSON.stringify(session.state),
      started_at: at,
      last_active_at: at,
      ended_at: null,
      summary: null,
    })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** The learner's session with this id; another learner's is not found. */
export async function findStudySession(
  db: Kysely<Database>,
  learnerId: LearnerId,
  id: string,
): Promise<StudySessionRecord | undefined> {
  const [row] = (await learnerSession(db, { id, learnerId })).rows;
  return row === undefined ? undefined : toRecord(row);
}

// The queries of every step are compiled once (see prepared-query.ts).
const learnerSession = prepareQuery((db, values: { id: string; learnerId: string }) =>
  db
    .selectFrom("study_sessions")
    .select(COLUMNS)
    .where("id", "=", values.id)
    .where("learner_id", "=", values.learnerId),
);

const touchSession = prepareQuery((db, values: { id: string; at: string }) =>
  db.updateTable("study_sessions").set({ last_active_at: values.at }).where("id", "=", values.id),
);

const sessionItems = prepareQuery((db, values: { id: string }) =>
  db
    .selectFrom("items")
    .select(["skill", "purpose"])
    .where("study_session_id", "=", values.id)
    .orderBy("created_at")
    .orderBy("id"),
);

/** The learner model's state when the session started: what its summary compares against. */
export async function loadSessionStartState(
  db: Kysely<Database>,
  id: string,
): Promise<LearnerState> {
  const row = await db
    .selectFrom("study_sessions")
    .select("state_before")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return readLearnerState(row.state_before);
}

/** The learner's latest session that has not ended, if any. */
export async function findOpenStudySession(
  db: Kysely<Database>,
  learnerId: LearnerId,
): Promise<StudySessionRecord | undefined> {
  const row = await db
    .selectFrom("study_sessions")
    .select(COLUMNS)
    .where("learner_id", "=", learnerId)
    .where("ended_at", "is", null)
    .orderBy("started_at", "desc")
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/** Notes activity in a session (time studied is measured from start to last activity). */
export async function touchStudySession(
  db: Kysely<Database>,
  id: string,
  now: Date,
): Promise<void> {
  await touchSession(db, { id, at: now.toISOString() });
}

/** Ends a session with its summary. */
export async function endStudySession(
  db: Kysely<Database>,
  id: string,
  summary: SessionSummary,
  now: Date,
): Promise<void> {
  await db
    .updateTable("study_sessions")
    .set({ ended_at: now.toISOString(), summary: JSON.stringify(summary) })
    .where("id", "=", id)
    .execute();
}

/** Start and last activity of each of the learner's sessions, oldest first (time studied). */
export async function listStudySessions(
  db: Kysely<Database>,
  learnerId: LearnerId,
): Promise<{ startedAt: string; lastActiveAt: string }[]> {
  const rows = await db
    .selectFrom("study_sessions")
    .select(["started_at", "last_active_at"])
    .where("learner_id", "=", learnerId)
    .orderBy("started_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({ startedAt: row.started_at, lastActiveAt: row.last_active_at }));
}

/** What a session has done so far, in order: each answered or studied item as the model saw it. */
export async function sessionLog(db: Kysely<Database>, id: string): Promise<SessionEntry[]> {
  const rows = await db
    .selectFrom("items")
    .leftJoin("attempts", "attempts.item_id", "items.id")
    .select([
      "items.skill",
      "items.purpose",
      "items.scaffold",
      "items.answered_at",
      "attempts.correct",
      "attempts.help",
    ])
    .where("items.study_session_id", "=", id)
    .where("items.answered_at", "is not", null)
    .orderBy("items.answered_at")
    .orderBy("items.id") // ties broken the same way on SQLite and PostgreSQL
    .execute();
  return rows.map((row) => ({
    review: row.purpose === "review",
    attempt: {
      skill: asSkillId(row.skill),
      at: Date.parse(row.answered_at ?? ""),
      outcome:
        row.correct === null
          ? { kind: "worked-example" }
          : { kind: "answer", right: row.correct === 1, help: row.help ?? "none" },
    },
  }));
}

/** How far a session is: items issued, reviews among them, and the last skill practised. */
export async function sessionProgress(
  db: Kysely<Database>,
  id: string,
): Promise<{ items: number; reviews: number; lastSkill?: SkillId }> {
  const { rows } = await sessionItems(db, { id });
  const last = rows.at(-1);
  return {
    items: rows.length,
    reviews: rows.filter((row) => row.purpose === "review").length,
    ...(last === undefined ? {} : { lastSkill: asSkillId(last.skill) }),
  };
}
