import SQLite from "better-sqlite3";
import { Kysely } from "kysely";
import type { Database } from "./database";
import { groupCommitDialect } from "./group-commit";
import { withStatementCache } from "./statement-cache";

/**
 * Opens (creating if needed) the SQLite file at `file`, or a private in-memory database for
 * ":memory:". Migrations are not applied here; see `migrateToLatest`.
 */
export function openSqlite(file: string): Kysely<Database> {
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the one writer. synchronous=FULL fsyncs the WAL at every commit:
  // DESIGN.md promises that an acknowledged attempt survives a crash, and NORMAL only guarantees
  // that against a process crash, not a power loss or OS crash (the last commits may roll back).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  // Another process (a CLI command, a backup) may hold the write lock briefly; wait, don't fail.
  sqlite.pragma("busy_timeout = 5000");
  // Group commit keeps that fsync per commit affordable: transactions arriving together share one.
  return new Kysely<Database>({
    dialect: groupCommitDialect(sqlite, { database: withStatementCache(sqlite) }),
  });
}
