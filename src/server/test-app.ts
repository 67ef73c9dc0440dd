import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { asSeed } from "../core/shared";
import { buildApp, type AppOptions } from "./app";
import type { Database } from "./db/database";
import {
  openMigratedTestDatabase,
  type TestDatabase,
  type TestDatabaseKind,
} from "./test-database";

/** An app over a fresh, migrated database, for `app.inject()` tests. */
export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: Kysely<Database>;
  /** The database under `db`, which another test app can share. */
  readonly database: TestDatabase;
  /** Moves the app's clock forward. */
  advance(ms: number): void;
  /** Closes the app and its database. */
  close(): Promise<void>;
}

/** Which database a test app runs on, and whether it shares another app's. */
export interface TestAppOptions extends Partial<Omit<AppOptions, "db">> {
  /** The engine (default SQLite in memory). */
  readonly database?: TestDatabaseKind;
  /** Another app whose database this one shares, as a second server would (PostgreSQL only). */
  readonly sharing?: TestApp;
  /** An SQLite file instead of memory (reopening it tests durability). */
  readonly file?: string;
}

/** Builds a test app on a fresh database; the clock starts at 2026-01-01 and ticks 1 s per read. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { database: kind = "sqlite", sharing, file, ...appOptions } = options;
  const database = await openMigratedTestDatabase(kind, {
    ...(sharing && { sharing: sharing.database }),
    ...(file !== undefined && { file }),
  });
  const { db } = database;
  let now = Date.parse("2026-01-01T00:00:00Z");
  let seed = 0;
  const app = await buildApp({
    db,
    contentDir: "/nonexistent",
    // Ticking keeps stored times distinct, so histories have one order.
    clock: () => new Date((now += 1000)),
    drawSeed: () => asSeed((seed += 1)),
    ...appOptions,
  });
  return {
    app,
    db,
    database,
    advance: (ms) => void (now += ms),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Signs up a learner and returns the `cookie` header that carries their session. */
export async function signUp(
  app: FastifyInstance,
  name: string,
  password = "correct horse",
): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up",
    payload: { name, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.body}`);
  return sessionCookieOf(response.cookies);
}

/** The `cookie` header for the session cookie among a reply's cookies. */
export function sessionCookieOf(cookies: readonly { name: string; value: string }[]): string {
  const cookie = cookies.find((c) => c.name === "pullback_session");
  if (cookie === undefined) throw new Error("no session cookie in the reply");
  return `pullback_session=${cookie.value}`;
}
