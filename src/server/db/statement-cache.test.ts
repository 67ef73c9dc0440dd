import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { withStatementCache } from "./statement-cache";

let sqlite: SQLite.Database;
afterEach(() => sqlite.close());

describe("withStatementCache", () => {
  it("prepares each SQL text once and reuses the statement", () => {
    sqlite = new SQLite(":memory:");
    const db = withStatementCache(sqlite);
    const first = db.prepare("SELECT ? AS n");
    expect(db.prepare("SELECT ? AS n")).toBe(first);
    expect(db.prepare("SELECT ? + 1 AS n")).not.toBe(first);
    expect(first.all([2])).toEqual([{ n: 2 }]);
  });

  it("keeps at most 500 statements, preparing an evicted one again", () => {
    sqlite = new SQLite(":memory:");
    const db = withStatementCache(sqlite);
    const first = db.prepare("SELECT 0");
    for (let i = 1; i <= 500; i++) db.prepare(`SELECT ${i}`);
    expect(db.prepare("SELECT 0")).not.toBe(first);
    expect(db.prepare("SELECT 500")).toBe(db.prepare("SELECT 500"));
  });
});
