import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { asLearnerId } from "../../core/shared";
import { describeEachDatabase } from "../describe-each-database";
import { insertTestLearner, openMigratedTestDatabase, type TestDatabase } from "../test-database";
import { prepareQuery } from "./prepared-query";

const NOW = new Date("2026-01-01T00:00:00Z");
let t: TestDatabase;

describeEachDatabase((database) => {
  beforeEach(async () => {
    t = await openMigratedTestDatabase(database);
    await insertTestLearner(t.db, asLearnerId("ada"), NOW, "Ada");
    await insertTestLearner(t.db, asLearnerId("bo"), NOW, "Bo");
  });
  afterEach(() => t.close());

  it("builds a query once and runs it with each call's values", async () => {
    const build = vi.fn((db: TestDatabase["db"], values: { id: string }) =>
      db.selectFrom("learners").select("id").where("id", "=", values.id),
    );
    const learner = prepareQuery(build);
    expect((await learner(t.db, { id: "ada" })).rows).toEqual([{ id: "ada" }]);
    expect((await learner(t.db, { id: "bo" })).rows).toEqual([{ id: "bo" }]);
    expect((await learner(t.db, { id: "nobody" })).rows).toEqual([]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("sets values and counts the rows changed, inside a transaction too", async () => {
    const rename = prepareQuery((db, values: { id: string; name: string }) =>
      db.updateTable("learners").set({ name: values.name }).where("id", "=", values.id),
    );
    const changed = await t.db
      .transaction()
      .execute((trx) => rename(trx, { id: "bo", name: "Bo Peep" }));
    expect(changed.numAffectedRows).toBe(1n);
    const names = await t.db.selectFrom("learners").select("name").orderBy("id").execute();
    expect(names.map((row) => row.name)).toEqual(["Ada", "Bo Peep"]);
  });

  it("refuses to run without a value for every slot", async () => {
    const learner = prepareQuery((db, values: { id: string }) =>
      db.selectFrom("learners").select("id").where("id", "=", values.id),
    );
    expect(() => learner(t.db, {} as { id: string })).toThrow(/no value for "id"/);
  });
});
