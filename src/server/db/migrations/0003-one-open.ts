import { sql, type Kysely, type Migration } from "kysely";

/**
 * At most one unfinished gate attempt and one open study session per learner. The services
 * check before they insert, but with several app servers on one PostgreSQL two requests can
 * both find none; the partial unique indexes make the second insert fail instead.
 */
export const oneOpenMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex("gate_attempts_one_open")
      .on("gate_attempts")
      .column("learner_id")
      .unique()
      .where(sql.ref("finished_at"), "is", null)
      .execute();
    await db.schema
      .createIndex("study_sessions_one_open")
      .on("study_sessions")
      .column("learner_id")
      .unique()
      .where(sql.ref("ended_at"), "is", null)
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex("study_sessions_one_open").execute();
    await db.schema.dropIndex("gate_attempts_one_open").execute();
  },
};
