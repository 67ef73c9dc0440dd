import type { Kysely, Migration } from "kysely";

// Migrations take `Kysely<unknown>`: they must not depend on today's `Database` interface,
// which describes the schema after the last migration, not this one.

/** Learners, sessions, items and attempts. */
export const initialMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("learners")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("name_key", "text", (c) => c.notNull().unique())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("password_salt", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("sessions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("learner_id", "text", (c) =>
        c.notNull().references("learners.id").onDelete("cascade"),
      )
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("items")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("learner_id", "text", (c) =>
        c.notNull().references("learners.id").onDelete("cascade"),
      )
      .addColumn("skill", "text", (c) => c.notNull())
      .addColumn("seed", "integer", (c) => c.notNull())
      .addColumn("solution_text", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("answered_at", "text")
      .execute();
    await db.schema
      .createTable("attempts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("item_id", "text", (c) => c.notNull().references("items.id").onDelete("cascade"))
      .addColumn("learner_id", "text", (c) =>
        c.notNull().references("learners.id").onDelete("cascade"),
      )
      .addColumn("skill", "text", (c) => c.notNull())
      .addColumn("submission", "text", (c) => c.notNull())
      .addColumn("correct", "integer", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sessions_learner").on("sessions").column("learner_id").execute();
    await db.schema.createIndex("items_learner").on("items").column("learner_id").execute();
    await db.schema
      .createIndex("attempts_learner_skill")
      .on("attempts")
      .columns(["learner_id", "skill", "created_at"])
      .execute();
    await db.schema.createIndex("attempts_item").on("attempts").column("item_id").execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const table of ["attempts", "items", "sessions", "learners"]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
