import fastifyRateLimit, { type RateLimitOptions } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";

/** How many requests each client may make per minute on the limited routes. */
export interface RateLimits {
  /** Sign-ins (and sign-ups) per IP address: each costs a 0.1 s scrypt, so this also caps CPU. */
  readonly signInsPerMinute: number;
  /** Answer submissions per signed-in learner. */
  readonly submissionsPerMinute: number;
}

/**
 * A person answers a few items a minute; the margin leaves room for a classroom behind one NAT
 * signing in together and for quick retries, while a password-guessing script gets 30 tries a
 * minute instead of thousands.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { signInsPerMinute: 30, submissionsPerMinute: 120 };

const MINUTE_MS = 60_000;

/**
 * Registers @fastify/rate-limit without a global limit; routes opt in through their config.
 * Its counters live in this process's memory, which is exact while one process serves
 * everyone (the SQLite deployment). Several app servers behind a load balancer would each count
 * on their own, letting a client N times the limit through; such a deployment needs the
 * plugin's shared store (Redis) or a counter table in PostgreSQL.
 */
export async function registerRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, { global: false });
}

/** Route config for sign-in and sign-up: counted per client IP (the real one behind a trusted proxy). */
export const perIpRateLimit = (limits: RateLimits): RateLimitOptions => ({
  max: limits.signInsPerMinute,
  timeWindow: MINUTE_MS,
  keyGenerator: (request: FastifyRequest) => request.ip,
});

/**
 * Route config for answer submissions: counted per learner, after the session check has found
 * them (hence preHandler), so learners sharing an IP do not share a limit.
 */
export const perLearnerRateLimit = (limits: RateLimits): RateLimitOptions => ({
  max: limits.submissionsPerMinute,
  timeWindow: MINUTE_MS,
  hook: "preHandler",
  keyGenerator: (request: FastifyRequest) => request.learner?.learnerId ?? request.ip,
});
