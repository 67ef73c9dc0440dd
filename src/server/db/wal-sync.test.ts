import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, beforeEach, expect, it } from "vitest";
import { walSync } from "./wal-sync";

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pullback-wal-sync-"));
  file = path.join(dir, "test.sqlite");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("syncs the log of a database in WAL mode, and tries again when the log did not exist yet", async () => {
  const wal = walSync(file);
  await expect(wal.sync()).rejects.toThrow(/ENOENT/);
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.exec("create table t (x integer); insert into t values (1)");
  await expect(wal.sync()).resolves.toBeUndefined();
  await wal.close();
  sqlite.close();
});
