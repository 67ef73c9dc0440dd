import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { asSeed } from "../core/shared";
import { buildApp, type AppOptions } from "./app";
import type { Database } from "./db/database";
import { migrateToLatest } from "./db/migrate";
import { openSqlite } from "./db/open-sqlite";

/** An app over a fresh, migrated database, for `app.inject()` tests. */
export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: Kysely<Database>;
  /** Moves the app's clock forward. */
  advance(ms: number): void;
  /** Closes the app and its database. */
  close(): Promise<void>;
}

/** Builds a test app on `file` (default: in memory); the clock starts at 2026-01-01 and ticks 1 s per read. */
export async function createTestApp(
  options: { file?: string } & Partial<AppOptions> = {},
): Promise<TestApp> {
  const db = openSqlite(options.file ?? ":memory:");
  await migrateToLatest(db);
  let now = Date.parse("2026-01-01T00:00:00Z");
  let seed = 0;
  const app = await buildApp({
    db,
    contentDir: "/nonexistent",
    // Ticking keeps stored times distinct, so histories have one order.
    clock: () => new Date((now += 1000)),
    drawSeed: () => asSeed((seed += 1)),
    ...options,
  });
  return {
    app,
    db,
    advance: (ms) => void (now += ms),
    close: async () => {
      await app.close();
      await db.destroy();
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
