import type { Kysely, Migration } from "kysely";

// Written with Kysely's schema builder only, so the same migration runs on SQLite and PostgreSQL.

/**
 * The learner model behind the API: roles, each learner's model state, study sessions, gate
 * attempts, classes; items remember why they were issued, attempts the help they had and the
 * mistakes diagnosed.
 */
export const studyMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable("learners")
      .addColumn("role", "text", (c) => c.notNull().defaultTo("learner"))
      .execute();
    await db.schema
      .createTable("learner_states")
      .addColumn("learner_id", "text", (c) =>
        c.primaryKey().references("learners.id").onDelete("cascade"),
      )
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("placement", "text")
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("study_sessions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("learner_id", "text", (c) =>
        c.notNull().references("learners.id").onDelete("cascade"),
      )
      .addColumn("max_items", "integer", (c) => c.notNull())
      .addColumn("state_before", "text", (c) => c.notNull())
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("last_active_at", "text", (c) => c.notNull())
      .addColumn("ended_at", "text")
      .addColumn("summary", "text")
      .execute();
    await db.schema
      .createTable("gate_attempts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("learner_id", "text", (c) =>
        c.notNull().references("learners.id").onDelete("cascade"),
      )
      .addColumn("unit", "integer", (c) => c.notNull())
      .addColumn("quiz", "text", (c) => c.notNull())
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text")
      .addColumn("result", "text")
      .execute();
    await addItemColumns(db);
    await addAttemptColumns(db);
    await createClasses(db);
    await db.schema
      .createIndex("study_sessions_learner")
      .on("study_sessions")
      .columns(["learner_id", "started_at"])
      .execute();
    await db.schema
      .createIndex("gate_attempts_learner")
      .on("gate_attempts")
      .columns(["learner_id", "started_at"])
      .execute();
    await db.schema
      .createIndex("items_gate")
      .on("items")
      .columns(["gate_attempt_id", "position"])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex("items_gate").execute();
    for (const table of ["class_members", "classes", "gate_attempts", "study_sessions"]) {
      await db.schema.dropTable(table).execute();
    }
    await db.schema.dropTable("learner_states").execute();
    const added: Record<string, readonly string[]> = {
      items: [
        "purpose",
        "scaffold",
        "study_session_id",
        "gate_attempt_id",
        "position",
        "hints_shown",
      ],
      attempts: ["help", "mistakes", "estimate_after", "study_session_id"],
      learners: ["role"],
    };
    for (const [table, columns] of Object.entries(added)) {
      for (const column of columns) await db.schema.alterTable(table).dropColumn(column).execute();
    }
  },
};

async function addItemColumns(db: Kysely<unknown>): Promise<void> {
  const items = () => db.schema.alterTable("items");
  // Why an item was issued: free practice, or a session's practice/review/placement, or a gate.
  await items()
    .addColumn("purpose", "text", (c) => c.notNull().defaultTo("free"))
    .execute();
  await items()
    .addColumn("scaffold", "text", (c) => c.notNull().defaultTo("bare"))
    .execute();
  await items().addColumn("study_session_id", "text").execute();
  await items().addColumn("gate_attempt_id", "text").execute();
  await items().addColumn("position", "integer").execute();
  // The generator and difficulty the item got: it is regenerated with them, so generators added
  // to a skill later leave issued items as they were (null for items issued before this).
  await items().addColumn("generator", "text").execute();
  await items().addColumn("difficulty", "integer").execute();
  await items()
    .addColumn("hints_shown", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

async function addAttemptColumns(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("attempts")
    .addColumn("help", "text", (c) => c.notNull().defaultTo("none"))
    .execute();
  await db.schema
    .alterTable("attempts")
    .addColumn("mistakes", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema.alterTable("attempts").addColumn("estimate_after", "double precision").execute();
  await db.schema.alterTable("attempts").addColumn("study_session_id", "text").execute();
}

async function createClasses(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("classes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("instructor_id", "text", (c) =>
      c.notNull().references("learners.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("join_code", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("class_members")
    .addColumn("class_id", "text", (c) => c.notNull().references("classes.id").onDelete("cascade"))
    .addColumn("learner_id", "text", (c) =>
      c.notNull().references("learners.id").onDelete("cascade"),
    )
    .addColumn("joined_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("class_members_pk", ["class_id", "learner_id"])
    .execute();
  await db.schema
    .createIndex("class_members_learner")
    .on("class_members")
    .column("learner_id")
    .execute();
}
