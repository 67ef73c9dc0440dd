import type { Kysely, Migration } from "kysely";

/**
 * Items by study session. Every `next` step counts the session's items and every summary reads
 * them; without this index each did a scan of all items of all learners, so the load benchmark's
 * `next` slowed down as the table grew (EXPLAIN showed `SCAN items`).
 */
export const sessionItemsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex("items_study_session")
      .on("items")
      .columns(["study_session_id", "created_at"])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex("items_study_session").execute();
  },
};
