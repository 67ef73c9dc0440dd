import { CompiledQuery, sql } from "kysely";
import { afterEach, expect, it } from "vitest";
import { describeEachDatabase } from "../describe-each-database";
import { migrateTestDatabase, openTestDatabase, type TestDatabase } from "../test-database";
import { latestSkillAttemptsQuery } from "./attempt-repository";
import { attemptHistoryMigration } from "./migrations/0005-attempt-history";

let t: TestDatabase;
afterEach(() => t.close());

// On PostgreSQL other tests' schemas live in the same database: look only at this one's.
const tableNames = async () =>
  (await t.db.introspection.getTables())
    .filter((table) => t.schema === undefined || table.schema === t.schema)
    .map((table) => table.name)
    .sort();

const migrate = () => migrateTestDatabase(t);

const learner = (id: string, nameKey: string) => ({
  id,
  name: nameKey,
  name_key: nameKey,
  password_hash: "h",
  password_salt: "s",
  created_at: "2026-01-01T00:00:00.000Z",
});

/** A gate attempt of learner l1, unfinished when `finishedAt` is null. */
const gateAttempt = (id: string, startedAt: string, finishedAt: string | null) =>
  t.db
    .insertInto("gate_attempts")
    .values({
      id,
      learner_id: "l1",
      unit: 1,
      quiz: "{}",
      started_at: startedAt,
      finished_at: finishedAt,
      result: null,
    })
    .execute();

/** A study session of learner l1, open when `endedAt` is null. */
const studySession = (id: string, startedAt: string, endedAt: string | null) =>
  t.db
    .insertInto("study_sessions")
    .values({
      id,
      learner_id: "l1",
      max_items: 1,
      state_before: "{}",
      started_at: startedAt,
      last_active_at: startedAt,
      ended_at: endedAt,
      summary: null,
    })
    .execute();

describeEachDatabase((kind) => {
  it("creates every table of the schema", async () => {
    t = await openTestDatabase(kind);
    await migrate();
    expect(await tableNames()).toEqual([
      "attempts",
      "class_members",
      "classes",
      "gate_attempts",
      "items",
      "learner_states",
      "learners",
      "sessions",
      "study_sessions",
    ]);
  });

  it("does nothing the second time, keeping the data", async () => {
    t = await openTestDatabase(kind);
    await migrate();
    await t.db.insertInto("learners").values(learner("l1", "ada")).execute();
    await migrate();
    expect(await tableNames()).toContain("learners");
    expect(await t.db.selectFrom("learners").select("name").execute()).toEqual([{ name: "ada" }]);
  });

  it("enforces foreign keys, so an attempt cannot point at a missing item", async () => {
    t = await openTestDatabase(kind);
    await migrate();
    const orphan = t.db
      .insertInto("attempts")
      .values({
        id: "a1",
        item_id: "missing",
        learner_id: "missing",
        skill: "S1",
        submission: "{}",
        correct: 0,
        created_at: "2026-01-01T00:00:00.000Z",
      })
      .execute();
    await expect(orphan).rejects.toThrow(/foreign key/i);
  });

  it("refuses a second unfinished gate attempt or open study session of one learner", async () => {
    t = await openTestDatabase(kind);
    await migrate();
    await t.db.insertInto("learners").values(learner("l1", "ada")).execute();
    const ended = "2026-01-01T00:00:00.000Z";
    await gateAttempt("g1", "t", ended);
    await gateAttempt("g2", "t", null);
    await expect(gateAttempt("g3", "t", null)).rejects.toThrow(/unique/i);
    await studySession("s1", "t", ended);
    await studySession("s2", "t", null);
    await expect(studySession("s3", "t", null)).rejects.toThrow(/unique/i);
  });

  // The plan is SQLite's: PostgreSQL chooses by table statistics, which an empty table lacks.
  it.skipIf(kind !== "sqlite")(
    "reads a skill's attempt history through an index in order, without sorting",
    async () => {
      t = await openTestDatabase(kind);
      await migrate();
      const query = latestSkillAttemptsQuery(t.db, {
        learnerId: "l1",
        skill: "S1",
        limit: 100,
      }).compile();
      const explain = CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]);
      const plan = await t.db.executeQuery(explain);
      const steps = JSON.stringify(plan.rows);
      expect(steps).toContain("USING INDEX attempts_history");
      expect(steps).not.toContain("TEMP B-TREE");
    },
  );

  it("closes all but the newest open session and gate attempt of a learner written before 0003", async () => {
    t = await openTestDatabase(kind);
    await migrate();
    // Back to the schema before 0003: the later migrations undone and unrecorded.
    await attemptHistoryMigration.down?.(t.db);
    for (const index of [
      "study_sessions_one_open",
      "gate_attempts_one_open",
      "items_study_session",
    ])
      await t.db.schema.dropIndex(index).execute();
    await sql`delete from ${sql.table(t.schema === undefined ? "kysely_migration" : `${t.schema}.kysely_migration`)}
      where name in ('0003-one-open', '0004-session-items', '0005-attempt-history')`.execute(t.db);
    await t.db.insertInto("learners").values(learner("l1", "ada")).execute();
    await studySession("s1", "2026-01-01", null);
    await studySession("s2", "2026-01-03", null);
    await studySession("s3", "2026-01-02", null);
    await gateAttempt("g1", "2026-01-01", null);
    await gateAttempt("g2", "2026-01-01", null);
    await migrate();
    const open = async (
      table: "study_sessions" | "gate_attempts",
      column: "ended_at" | "finished_at",
    ) =>
      (await t.db.selectFrom(table).select("id").where(column, "is", null).execute()).map(
        (r) => r.id,
      );
    expect(await open("study_sessions", "ended_at")).toEqual(["s2"]);
    expect(await open("gate_attempts", "finished_at")).toEqual(["g2"]);
  });
});
