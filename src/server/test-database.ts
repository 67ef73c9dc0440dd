import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { LearnerId } from "../core/shared";
import type { Database } from "./db/database";
import { insertLearner } from "./db/learner-repository";
import { migrateToLatest } from "./db/migrate";
import { openPostgres } from "./db/open-postgres";
import { openSqlite } from "./db/open-sqlite";

/** A database engine the storage tests run on. */
export type TestDatabaseKind = "sqlite" | "postgres";

/** A private test database: SQLite in memory, or a schema of its own on PostgreSQL. */
export interface TestDatabase {
  readonly kind: TestDatabaseKind;
  readonly db: Kysely<Database>;
  /** The PostgreSQL schema that holds it (for `migrateToLatest`); undefined on SQLite. */
  readonly schema: string | undefined;
  /** Closes it: drops a new schema, empties a reused one for the next test, or closes a pool. */
  close(): Promise<void>;
}

/** The variable that names the tests' PostgreSQL server. */
export const POSTGRES_URL_VARIABLE = "PULLBACK_TEST_DATABASE_URL";
// A test app makes a few requests at once at most; small pools keep parallel files well under
// PostgreSQL's connection limit.
const TEST_POOL_SIZE = 4;

/** The URL of the PostgreSQL server for tests (`scripts/ensure-postgres.sh` prints one), if set. */
export function testPostgresUrl(): string | undefined {
  const url = process.env[POSTGRES_URL_VARIABLE];
  return url === undefined || url === "" ? undefined : url;
}

/** The engines to test: SQLite always, PostgreSQL when its URL is set. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return testPostgresUrl() === undefined ? ["sqlite"] : ["sqlite", "postgres"];
}

/** Where a test database lives when not private and in memory. */
export interface TestDatabasePlace {
  /** Another test database to share, opening a second pool as another app server would. */
  readonly sharing?: TestDatabase;
  /** An SQLite file instead of memory (reopening it tests durability). */
  readonly file?: string;
}

/**
 * Opens a private test database of this kind. On PostgreSQL each one is a new schema, so test
 * files can run in parallel on one server.
 */
export async function openTestDatabase(
  kind: TestDatabaseKind,
  place: TestDatabasePlace = {},
): Promise<TestDatabase> {
  if (kind === "sqlite") {
    if (place.sharing !== undefined) throw new Error("A test SQLite database is not shared");
    const db = openSqlite(place.file ?? ":memory:");
    return { kind, db, schema: undefined, close: () => db.destroy() };
  }
  const url = testPostgresUrl();
  if (url === undefined) throw new Error(`${POSTGRES_URL_VARIABLE} is not set`);
  if (place.file !== undefined) throw new Error("A file is an SQLite test database");
  const schema = place.sharing?.schema ?? `test_${randomUUID().replaceAll("-", "")}`;
  const db = openPostgres({ url, poolSize: TEST_POOL_SIZE, schema });
  if (place.sharing !== undefined) return { kind, db, schema, close: () => db.destroy() };
  await db.schema.createSchema(schema).execute();
  const close = async () => {
    await db.schema.dropSchema(schema).cascade().execute();
    await db.destroy();
  };
  return { kind, db, schema, close };
}

/** Applies the migrations to a test database (in its own schema on PostgreSQL). */
export async function migrateTestDatabase(database: TestDatabase): Promise<void> {
  const { db, schema } = database;
  await migrateToLatest(db, schema === undefined ? {} : { schema });
}

// Migrating a new schema takes PostgreSQL about half a second, emptying one a few milliseconds:
// the tests of one file hand their schemas on (`releaseTestSchemas` drops them after the file).
const idleSchemas: TestDatabase[] = [];

/**
 * Opens a private, migrated test database; its `close` empties a PostgreSQL schema for the next
 * test of the file rather than dropping it.
 */
export async function openMigratedTestDatabase(
  kind: TestDatabaseKind,
  place: TestDatabasePlace = {},
): Promise<TestDatabase> {
  if (kind === "sqlite" || place.sharing !== undefined) {
    const database = await openTestDatabase(kind, place);
    if (place.sharing === undefined) await migrateTestDatabase(database);
    return database;
  }
  let database = idleSchemas.pop();
  if (database === undefined) {
    database = await openTestDatabase(kind, place);
    await migrateTestDatabase(database);
  }
  const reused = database;
  const close = async () => {
    await emptySchema(reused);
    idleSchemas.push(reused);
  };
  return { ...reused, close };
}

async function emptySchema({ db, schema }: TestDatabase): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select tablename as name from pg_tables
    where schemaname = ${schema ?? ""} and tablename not like 'kysely_migration%'`.execute(db);
  const tables = sql.join(rows.map((row) => sql.id(row.name)));
  await sql`truncate ${tables} cascade`.execute(db);
}

/** Drops the schemas this file's tests handed on; run after each test file. */
export async function releaseTestSchemas(): Promise<void> {
  const idle = idleSchemas.splice(0);
  await Promise.all(idle.map((database) => database.close()));
}

/** A learner account for storage tests, with a placeholder password hash. */
export async function insertTestLearner(
  db: Kysely<Database>,
  id: LearnerId,
  now: Date,
  name = "Ada",
): Promise<void> {
  const account = { id, name, passwordHash: "h", passwordSalt: "s" };
  const stored = await insertLearner(db, { ...account, role: "learner", createdAt: now });
  if (!stored.ok) throw new Error(`Test learner ${id} not stored: ${stored.error}`);
}
