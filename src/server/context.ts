import type { Kysely } from "kysely";
import type { Seed } from "../core/shared";
import type { Database } from "./db/database";
import type { RateLimits } from "./http/rate-limits";

/** What every route needs from outside: storage, content, the clock and the seed source. */
export interface ServerContext {
  readonly db: Kysely<Database>;
  /** Folder the registry's lesson files are relative to. */
  readonly contentDir: string;
  /** The current time; tests pass a fixed or stepping clock. */
  readonly clock: () => Date;
  /** A fresh seed for a new item; tests pass a deterministic source. */
  readonly drawSeed: () => Seed;
  /** Per-minute limits on sign-in and submissions; the bench raises them. */
  readonly rateLimits: RateLimits;
}
