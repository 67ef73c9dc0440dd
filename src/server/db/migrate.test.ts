import { afterEach, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { Database } from "./database";
import { migrateToLatest } from "./migrate";
import { openSqlite } from "./open-sqlite";

let db: Kysely<Database>;
afterEach(() => db.destroy());

const tableNames = async () =>
  (await db.introspection.getTables()).map((table) => table.name).sort();

describe("migrateToLatest", () => {
  it("creates every table of the schema", async () => {
    db = openSqlite(":memory:");
    await migrateToLatest(db);
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
    db = openSqlite(":memory:");
    await migrateToLatest(db);
    await db
      .insertInto("learners")
      .values({
        id: "l1",
        name: "Ada",
        name_key: "ada",
        password_hash: "h",
        password_salt: "s",
        created_at: "2026-01-01T00:00:00.000Z",
      })
      .execute();
    await migrateToLatest(db);
    expect(await tableNames()).toContain("learners");
    expect(await db.selectFrom("learners").select("name").execute()).toEqual([{ name: "Ada" }]);
  });

  it("enforces foreign keys, so an attempt cannot point at a missing item", async () => {
    db = openSqlite(":memory:");
    await migrateToLatest(db);
    const orphan = db
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
    await expect(orphan).rejects.toThrow(/FOREIGN KEY/);
  });
});
