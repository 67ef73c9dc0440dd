import SQLite from "better-sqlite3";
import { Kysely } from "kysely";
import type { Database } from "./database";
import { groupCommitDialect } from "./group-commit";
import { withStatementCache } from "./statement-cache";
import { walSync } from "./wal-sync";

/**
 * Opens (creating if needed) the SQLite file at `file`, or a private in-memory database for
 * ":memory:". Migrations are not applied here; see `migrateToLatest`.
 */
export function openSqlite(file: string): Kysely<Database> {
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the one writer. DESIGN.md promises that an acknowledged attempt
  // survives a crash, the machine's included: every commit's log must be on disk before its reply.
  // With synchronous=NORMAL SQLite does not sync at COMMIT; the group commit syncs the log itself,
  // off the event loop, before any caller of that commit is answered. A database that is not in
  // WAL mode (":memory:") keeps SQLite's own sync at every commit.
  const wal = sqlite.pragma("journal_mode = WAL", { simple: true }) === "wal";
  sqlite.pragma(`synchronous = ${wal ? "NORMAL" : "FULL"}`);
  sqlite.pragma("foreign_keys = ON");
  // Another process (a CLI command, a backup) may hold the write lock briefly; wait, don't fail.
  sqlite.pragma("busy_timeout = 5000");
  // Group commit keeps that sync per commit affordable: transactions arriving together share one.
  const dialect = groupCommitDialect(
    sqlite,
    { database: withStatementCache(sqlite) },
    wal ? walSync(file) : undefined,
  );
  return new Kysely<Database>({ dialect });
}
