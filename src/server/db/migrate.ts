import { Migrator, type Kysely, type Migration } from "kysely";
import { initialMigration } from "./migrations/0001-initial";
import { studyMigration } from "./migrations/0002-study";

// Migrations live in code rather than a folder scanned at run time, so they ship inside any
// bundle and their order is the alphabetical order of these keys.
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001-initial": initialMigration,
  "0002-study": studyMigration,
};

/** Applies every migration not yet applied, in order; throws if one fails (the server must not start). */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
}
