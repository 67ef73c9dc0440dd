/**
 * The tables as Kysely sees them. Times are ISO 8601 strings in UTC (`Date.toISOString()`), which
 * sort as text and bind the same way on SQLite and PostgreSQL; booleans are 0/1 integers because
 * SQLite has no boolean type.
 */

/** An account. `name_key` is the normalized name that makes names unique case-insensitively. */
export interface LearnerTable {
  id: string;
  name: string;
  name_key: string;
  password_hash: string;
  password_salt: string;
  created_at: string;
}

/** A signed-in browser. `id` is the SHA-256 of the cookie's token, so a leaked table signs no one in. */
export interface SessionTable {
  id: string;
  learner_id: string;
  created_at: string;
  expires_at: string;
}

/** An issued item: enough to regenerate it (skill and seed), plus its solution for auditing. */
export interface ItemTable {
  id: string;
  learner_id: string;
  skill: string;
  /** The seed as a signed 32-bit integer, so it fits PostgreSQL's `integer`; read back with `asSeed`. */
  seed: number;
  solution_text: string;
  created_at: string;
  answered_at: string | null;
}

/** A graded answer (unreadable input is never stored). `submission` is the JSON the learner sent. */
export interface AttemptTable {
  id: string;
  item_id: string;
  learner_id: string;
  skill: string;
  submission: string;
  correct: number;
  created_at: string;
}

/** The whole schema, for `Kysely<Database>`. */
export interface Database {
  learners: LearnerTable;
  sessions: SessionTable;
  items: ItemTable;
  attempts: AttemptTable;
}
