import type { Kysely, Migration } from "kysely";

/**
 * A skill's attempt history in order. Every graded answer reads the learner's latest attempts at
 * the skill, newest first by time and then id; the index of 0001 ends at the time, so SQLite
 * sorted each learner's attempts at the skill in a temporary B-tree on every answer (EXPLAIN
 * showed `USE TEMP B-TREE FOR LAST TERM OF ORDER BY`). This index replaces it: its leading
 * columns serve every query the old one did.
 */
export const attemptHistoryMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex("attempts_history")
      .on("attempts")
      .columns(["learner_id", "skill", "created_at", "id"])
      .execute();
    await db.schema.dropIndex("attempts_learner_skill").execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex("attempts_learner_skill")
      .on("attempts")
      .columns(["learner_id", "skill", "created_at"])
      .execute();
    await db.schema.dropIndex("attempts_history").execute();
  },
};
