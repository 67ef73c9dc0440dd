import { mkdtempSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { asLearnerId } from "../../core/shared";
import { insertTestLearner } from "../test-database";
import { migrateToLatest } from "./migrate";
import { openSqlite } from "./open-sqlite";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pullback-open-sqlite-"));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const synchronous = async (db: ReturnType<typeof openSqlite>) =>
  (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0]?.synchronous;

it("answers a write only after it has synced the log itself, SQLite syncing no commit", async () => {
  // FileHandle is not exported; its prototype is reached through a handle.
  const probe = await open(path.join(dir, "probe"), "w");
  const sync = vi.spyOn(Object.getPrototypeOf(probe) as typeof probe, "sync");
  await probe.close();
  const db = openSqlite(path.join(dir, "pullback.sqlite"));
  await migrateToLatest(db);
  expect(await synchronous(db)).toBe(1); // NORMAL
  sync.mockClear();
  await insertTestLearner(db, asLearnerId("ada"), new Date("2026-01-01T00:00:00Z"));
  expect(sync).toHaveBeenCalled();
  await db.destroy();
});

it("keeps SQLite's own sync at every commit for a database without a log file", async () => {
  const db = openSqlite(":memory:");
  expect(await synchronous(db)).toBe(2); // FULL
  await db.destroy();
});
