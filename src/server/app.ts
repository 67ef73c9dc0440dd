import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import { TypeBoxValidatorCompiler } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { ServerContext } from "./context";
import { handleError } from "./http/handle-error";
import { DEFAULT_RATE_LIMITS, registerRateLimits, type RateLimits } from "./http/rate-limits";
import { replyError } from "./http/reply-error";
import { registerSecurityHeaders } from "./http/security-headers";
import { apiRoutes } from "./routes/api-routes";
import { serveWebApp } from "./serve-web-app";

/** Everything the app needs from its host; tests pass a fresh database, a clock and seeds. */
export interface AppOptions extends Omit<ServerContext, "rateLimits"> {
  /** Per-minute limits; `DEFAULT_RATE_LIMITS` when absent. */
  readonly rateLimits?: RateLimits;
  /** The built web app (`dist/web`); served with an SPA fallback when the folder exists. */
  readonly webDir?: string;
  /** Fastify's logger: off in tests, a level when started for real. */
  readonly logger?: FastifyServerOptions["logger"];
  /** Believe X-Forwarded-* headers (behind a reverse proxy that terminates HTTPS). */
  readonly trustProxy?: boolean;
}

// Answers are a few short strings; nothing legitimate comes near this.
const BODY_LIMIT_BYTES = 64 * 1024;

/** Builds the app: JSON API under `/api`, and the web app beside it when built. Not yet listening. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
  });
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest("learner", null);
  await registerSecurityHeaders(app);
  await registerRateLimits(app);
  await app.register(fastifyCookie);
  const { db, contentDir, clock, drawSeed } = options;
  const rateLimits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  await app.register(apiRoutes({ db, contentDir, clock, drawSeed, rateLimits }), {
    prefix: "/api",
  });
  if (options.webDir !== undefined && existsSync(options.webDir)) {
    await serveWebApp(app, options.webDir);
  } else {
    app.setNotFoundHandler((_request, reply) =>
      replyError(reply, 404, "not-found", "There is nothing here."),
    );
  }
  return app;
}
