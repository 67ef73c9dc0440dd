import { randomInt } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { asSeed } from "../core/shared";
import { buildApp } from "./app";
import { migrateToLatest } from "./db/migrate";
import { openSqlite } from "./db/open-sqlite";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "./http/rate-limits";

/** A running server: where it listens, and how to stop it (closing the database too). */
export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts Pullback from the environment: `PORT` (3000), `HOST` (localhost), `PULLBACK_DATA`
 * (folder of `pullback.sqlite`, default `./data`, created if missing), `TRUST_PROXY=1` behind
 * an HTTPS proxy, `LOG_LEVEL` (warn), `SIGN_INS_PER_MINUTE` per IP (30) and
 * `SUBMISSIONS_PER_MINUTE` per learner (120). Applies migrations before listening, and logs one line with the URL.
 */
export async function startServer(): Promise<RunningServer> {
  const dataDir = resolve(process.env.PULLBACK_DATA ?? "data");
  mkdirSync(dataDir, { recursive: true });
  const db = openSqlite(join(dataDir, "pullback.sqlite"));
  await migrateToLatest(db);
  const app = await buildApp({
    db,
    contentDir: resolve("content"),
    webDir: resolve("dist/web"),
    clock: () => new Date(),
    drawSeed: () => asSeed(randomInt(2 ** 32)),
    logger: { level: process.env.LOG_LEVEL ?? "warn" },
    trustProxy: process.env.TRUST_PROXY === "1",
    rateLimits: rateLimitsFromEnv(),
  });
  app.addHook("onClose", () => db.destroy());
  const url = await app
    .listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? "localhost" })
    .catch(async (error: unknown) => {
      await app.close(); // a taken port must not leave the database open
      throw error;
    });
  // One plain line rather than Fastify's JSON "listening" lines (one per address for localhost).
  process.stdout.write(`Pullback is listening on ${url}\n`);
  return { url, close: () => app.close() };
}

/** The rate limits, raised from the environment for load tests and large classes behind one NAT. */
function rateLimitsFromEnv(): RateLimits {
  const perMinute = (name: string, fallback: number): number => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isSafeInteger(value) || value < 1)
      throw new Error(`${name} must be a positive whole number`);
    return value;
  };
  return {
    signInsPerMinute: perMinute("SIGN_INS_PER_MINUTE", DEFAULT_RATE_LIMITS.signInsPerMinute),
    submissionsPerMinute: perMinute(
      "SUBMISSIONS_PER_MINUTE",
      DEFAULT_RATE_LIMITS.submissionsPerMinute,
    ),
  };
}
