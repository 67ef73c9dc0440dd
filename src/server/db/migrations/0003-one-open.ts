import { sql, type Kysely, type Migration } from "kysely";

/**
 * At most one unfinished gate attempt and one open study session per learner. The services
 * check before they insert, but with several app servers on one PostgreSQL two requests can
 * both find none; the partial unique indexes make the second insert fail instead.
 */
export const oneOpenMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    // A database written before this may already hold two open ones of a learner (two tabs
    // racing): all but the newest are closed as abandoned, unsummarized and ungraded, which the
    // readers already show as nothing, so that the indexes can be built.
    await sql`update study_sessions set ended_at = last_active_at
      where ended_at is null and ${newerOpen("study_sessions", "ended_at")}`.execute(db);
    await sql`update gate_attempts set finished_at = started_at
      where finished_at is null and ${newerOpen("gate_attempts", "finished_at")}`.execute(db);
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

/** True of a row whose learner has another open row that started later (or at once, with a larger id). */
function newerOpen(table: "study_sessions" | "gate_attempts", closedAt: string) {
  const t = sql.table(table);
  const column = (name: string) => sql.ref(`${table}.${name}`);
  return sql`exists (select 1 from ${t} as newer
    where newer.learner_id = ${column("learner_id")} and ${sql.ref(`newer.${closedAt}`)} is null
      and (newer.started_at > ${column("started_at")}
        or (newer.started_at = ${column("started_at")} and newer.id > ${column("id")})))`;
}
