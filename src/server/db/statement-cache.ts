import type { Database as SqliteFile, Statement } from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

// Kysely's SQLite driver prepares every query afresh, which the load benchmark showed as a
// large share of a submission's time. Queries are built from a fixed set of shapes (values
// are bound, never inlined), so a few hundred statements cover them all; the bound only
// guards against a shape that varies, such as an IN list of changing length.
const MAX_STATEMENTS = 500;

/**
 * The SQLite file as Kysely's dialect sees it, reusing each prepared statement. Safe because
 * the driver runs one query at a time on its single connection and reads with `all()`; a
 * streamed query (`iterate`) must not run beside another use of the same statement.
 */
export function withStatementCache(sqlite: SqliteFile): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached !== undefined) return cached;
      const statement = sqlite.prepare(sql);
      if (statements.size >= MAX_STATEMENTS) {
        const oldest = statements.keys().next();
        if (oldest.done !== true) statements.delete(oldest.value);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
