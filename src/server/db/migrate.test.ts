import { afterEach, expect, it } from "vitest";
import { describeEachDatabase } from "../describe-each-database";
import { migrateTestDatabase, openTestDatabase, type TestDatabase } from "../test-database";

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
    const gate = (id: string, finishedAt: string | null) =>
      t.db
        .insertInto("gate_attempts")
        .values({
          id,
          learner_id: "l1",
          unit: 1,
          quiz: "{}",
          started_at: "t",
          finished_at: finishedAt,
          result: null,
        })
        .execute();
    await gate("g1", "2026-01-01T00:00:00.000Z");
    await gate("g2", null);
    await expect(gate("g3", null)).rejects.toThrow(/unique/i);
    const session = (id: string, endedAt: string | null) =>
      t.db
        .insertInto("study_sessions")
        .values({
          id,
          learner_id: "l1",
          max_items: 1,
          state_before: "{}",
          started_at: "t",
          last_active_at: "t",
          ended_at: endedAt,
          summary: null,
        })
        .execute();
    await session("s1", "2026-01-01T00:00:00.000Z");
    await session("s2", null);
    await expect(session("s3", null)).rejects.toThrow(/unique/i);
  });
});
