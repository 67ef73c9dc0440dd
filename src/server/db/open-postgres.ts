import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database";

/** How to reach a PostgreSQL database: its URL, the pool's size, and optionally a search path. */
export interface PostgresOptions {
  readonly url: string;
  readonly poolSize: number;
  /** A schema to work in instead of the URL's default (tests give each app its own). */
  readonly schema?: string;
}

/**
 * Opens a pool of connections to PostgreSQL. Migrations are not applied here; see
 * `migrateToLatest`. Nothing is connected until the first query.
 */
export function openPostgres(options: PostgresOptions): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    ...(options.schema !== undefined && { options: `-c search_path=${options.schema}` }),
  });
  // An idle connection that drops (a server restart, a failover) emits "error" on the pool, which
  // would crash the process unhandled; the pool has already discarded it and reconnects on demand.
  pool.on("error", () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
