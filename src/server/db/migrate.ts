import { Migrator, type Kysely, type Migration } from "kysely";
import { initialMigration } from "./migrations/0001-initial";
import { studyMigration } from "./migrations/0002-study";
import { oneOpenMigration } from "./migrations/0003-one-open";
import { sessionItemsMigration } from "./migrations/0004-session-items";
import { attemptHistoryMigration } from "./migrations/0005-attempt-history";

// Migrations live in code rather than a folder scanned at run time, so they ship inside any
// bundle and their order is the alphabetical order of these keys.
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001-initial": initialMigration,
  "0002-study": studyMigration,
  "0003-one-open": oneOpenMigration,
  "0004-session-items": sessionItemsMigration,
  "0005-attempt-history": attemptHistoryMigration,
};

/**
 * Applies every migration not yet applied, in order; throws if one fails (the server must not
 * start). On PostgreSQL, `schema` names the schema that keeps the record of applied migrations:
 * Kysely otherwise looks for it in every schema, so one database holding several Pullbacks in
 * their own schemas (the tests' apps) needs it.
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  options: { readonly schema?: string } = {},
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    ...(options.schema !== undefined && { migrationTableSchema: options.schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
}
