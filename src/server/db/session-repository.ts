import type { Kysely } from "kysely";
import { asLearnerId, type LearnerId } from "../../core/shared";
import type { Database, Role } from "./database";
import { prepareQuery } from "./prepared-query";

/** A live session and whose it is. `id` is the token's hash, never the token. */
export interface SessionLearner {
  readonly sessionId: string;
  readonly learnerId: LearnerId;
  readonly name: string;
  readonly role: Role;
}

/** A new session to store. */
export interface NewSession {
  readonly id: string;
  readonly learnerId: LearnerId;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** Stores a session. */
export async function insertSession(db: Kysely<Database>, session: NewSession): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id: session.id,
      learner_id: session.learnerId,
      created_at: session.createdAt.toISOString(),
      expires_at: session.expiresAt.toISOString(),
    })
    .execute();
}

// Every request looks its session up: compiled once (see prepared-query.ts).
const sessionLearner = prepareQuery((db, values: { sessionId: string; now: string }) =>
  db
    .selectFrom("sessions")
    .innerJoin("learners", "learners.id", "sessions.learner_id")
    .select([
      "sessions.id as sessionId",
      "learners.id as learnerId",
      "learners.name",
      "learners.role",
    ])
    .where("sessions.id", "=", values.sessionId)
    .where("sessions.expires_at", ">", values.now),
);

/** The learner of the session with this id, if it exists and has not expired at `now`. */
export async function findSessionLearner(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<SessionLearner | undefined> {
  const [row] = (await sessionLearner(db, { sessionId, now: now.toISOString() })).rows;
  return row === undefined ? undefined : { ...row, learnerId: asLearnerId(row.learnerId) };
}

/** Deletes one session (sign-out). */
export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Deletes a learner's sessions that expired before `now`, so the table does not grow forever. */
export async function deleteExpiredSessions(
  db: Kysely<Database>,
  learnerId: LearnerId,
  now: Date,
): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where("learner_id", "=", learnerId)
    .where("expires_at", "<=", now.toISOString())
    .execute();
}
