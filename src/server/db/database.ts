import type { Generated } from "kysely";

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
  role: Generated<Role>;
}

/** What an account may do: learners study; instructors also run classes. */
export type Role = "learner" | "instructor";

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
  purpose: Generated<ItemPurpose>;
  scaffold: Generated<"worked-example" | "faded" | "bare">;
  study_session_id: string | null;
  gate_attempt_id: string | null;
  /** The item's place in its gate quiz. */
  position: number | null;
  /** The generator and difficulty the item was drawn with; null for items issued before 0002. */
  generator: string | null;
  difficulty: number | null;
  hints_shown: Generated<number>;
}

/** Why an item was issued: free practice from a skill page, a study session's step, or a gate. */
export type ItemPurpose = "free" | "practice" | "review" | "placement" | "gate";

/** A graded answer (unreadable input is never stored). `submission` is the JSON the learner sent. */
export interface AttemptTable {
  id: string;
  item_id: string;
  learner_id: string;
  skill: string;
  submission: string;
  correct: number;
  created_at: string;
  help: Generated<"none" | "hint" | "solution">;
  /** JSON array of the mistake ids diagnosed in this answer. */
  mistakes: Generated<string>;
  /** The skill's mastery estimate right after this answer. */
  estimate_after: number | null;
  study_session_id: string | null;
}

/** The learner model's state (JSON of core's LearnerState), with a version for optimistic updates. */
export interface LearnerStateTable {
  learner_id: string;
  state: string;
  /** Placement in progress (JSON of core's PlacementState), null when none is. */
  placement: string | null;
  version: number;
  updated_at: string;
}

/** A study session; its state before is kept so its summary can say what improved. */
export interface StudySessionTable {
  id: string;
  learner_id: string;
  max_items: number;
  state_before: string;
  started_at: string;
  last_active_at: string;
  ended_at: string | null;
  /** JSON of the summary, once ended. */
  summary: string | null;
}

/** One attempt at a unit's gate; `quiz` is the JSON of core's GateQuiz (skills and seeds). */
export interface GateAttemptTable {
  id: string;
  learner_id: string;
  unit: number;
  quiz: string;
  started_at: string;
  finished_at: string | null;
  /** JSON of the verdict, once every item is answered. */
  result: string | null;
}

/** A class an instructor runs; learners join with the code. */
export interface ClassTable {
  id: string;
  instructor_id: string;
  name: string;
  join_code: string;
  created_at: string;
}

/** A learner's membership of a class. */
export interface ClassMemberTable {
  class_id: string;
  learner_id: string;
  joined_at: string;
}

/** The whole schema, for `Kysely<Database>`. */
export interface Database {
  learners: LearnerTable;
  sessions: SessionTable;
  items: ItemTable;
  attempts: AttemptTable;
  learner_states: LearnerStateTable;
  study_sessions: StudySessionTable;
  gate_attempts: GateAttemptTable;
  classes: ClassTable;
  class_members: ClassMemberTable;
}
