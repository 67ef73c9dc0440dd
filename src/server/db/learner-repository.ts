import type { Kysely } from "kysely";
import { asLearnerId, err, ok, type LearnerId, type Result } from "../../core/shared";
import type { Database, Role } from "./database";
import { isUniqueViolation } from "./unique-violation";

/** A stored account, with what is needed to check a password. */
export interface LearnerRecord {
  readonly id: LearnerId;
  readonly name: string;
  readonly passwordHash: string;
  readonly passwordSalt: string;
  readonly role: Role;
}

/** A new account to store. */
export interface NewLearner extends LearnerRecord {
  readonly createdAt: Date;
}

// Names are unique ignoring case and Unicode normalization; computing the key here rather than
// with SQL lower() keeps it identical on SQLite (ASCII-only lower) and PostgreSQL (locale-aware).
const nameKey = (name: string): string => name.normalize("NFKC").toLowerCase();

/** Stores a new account, or reports that the name is taken (also when a concurrent sign-up won). */
export async function insertLearner(
  db: Kysely<Database>,
  learner: NewLearner,
): Promise<Result<LearnerRecord, "name-taken">> {
  try {
    await db
      .insertInto("learners")
      .values({
        id: learner.id,
        name: learner.name,
        name_key: nameKey(learner.name),
        password_hash: learner.passwordHash,
        password_salt: learner.passwordSalt,
        created_at: learner.createdAt.toISOString(),
        role: learner.role,
      })
      .execute();
    return ok(learner);
  } catch (error) {
    if (isUniqueViolation(error)) return err("name-taken");
    throw error;
  }
}

/** The account with this name (case-insensitively), if any. */
export async function findLearnerByName(
  db: Kysely<Database>,
  name: string,
): Promise<LearnerRecord | undefined> {
  const row = await db
    .selectFrom("learners")
    .select(["id", "name", "password_hash", "password_salt", "role"])
    .where("name_key", "=", nameKey(name))
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : {
        id: asLearnerId(row.id),
        name: row.name,
        passwordHash: row.password_hash,
        passwordSalt: row.password_salt,
        role: row.role,
      };
}
