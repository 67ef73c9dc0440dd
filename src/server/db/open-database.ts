import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "./database";
import { migrateToLatest } from "./migrate";
import { openPostgres } from "./open-postgres";
import { openSqlite } from "./open-sqlite";

const DEFAULT_POOL_SIZE = 10;

/**
 * The database the environment names, migrated to the latest schema: PostgreSQL at
 * `DATABASE_URL` when it is set (a pool of `DATABASE_POOL_SIZE` connections, default 10, so
 * several app servers can share it), else the SQLite file `pullback.sqlite` in `PULLBACK_DATA`
 * (default `./data`, created if missing).
 */
export async function openDatabaseFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Kysely<Database>> {
  const url = env.DATABASE_URL;
  const db =
    url !== undefined && url !== ""
      ? openPostgres({ url, poolSize: poolSizeFrom(env) })
      : openSqliteIn(resolve(env.PULLBACK_DATA ?? "data"));
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy(); // a failed start must not leave connections open
    throw error;
  }
  return db;
}

function openSqliteIn(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true });
  return openSqlite(join(dataDir, "pullback.sqlite"));
}

function poolSizeFrom(env: NodeJS.ProcessEnv): number {
  const size = Number(env.DATABASE_POOL_SIZE ?? DEFAULT_POOL_SIZE);
  if (!Number.isSafeInteger(size) || size < 1) {
    throw new Error("DATABASE_POOL_SIZE must be a positive whole number");
  }
  return size;
}
