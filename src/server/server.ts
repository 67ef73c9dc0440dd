import { randomInt } from "node:crypto";
import { resolve } from "node:path";
import { asSeed } from "../core/shared";
import { buildApp } from "./app";
import { openDatabaseFromEnv } from "./db/open-database";
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
 * `SUBMISSIONS_PER_MINUTE` per learner (120), and `PULLBACK_CLOCK_OFFSET_MS` (0), which moves the
 * server's clock (to try tomorrow's reviews today, in a demo or a browser test). Applies migrations
 * before listening, and logs one line with the URL.
 */
export async function startServer(): Promise<RunningServer> {
  const db = await openDatabaseFromEnv();
  const offset = clockOffsetFromEnv();
  const app = await buildApp({
    db,
    contentDir: resolve("content"),
    webDir: resolve("dist/web"),
    clock: () => new Date(Date.now() + offset),
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

/** Milliseconds added to the wall clock: a whole number, negative to go back. */
function clockOffsetFromEnv(): number {
  const offset = Number(process.env.PULLBACK_CLOCK_OFFSET_MS ?? 0);
  if (!Number.isSafeInteger(offset)) {
    throw new Error("PULLBACK_CLOCK_OFFSET_MS must be a whole number of milliseconds");
  }
  return offset;
}
