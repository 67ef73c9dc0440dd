import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { replyError } from "./reply-error";

/**
 * The app's error handler: a request the schema rejects is a 400, a rate limit a 429 (with the
 * plugin's Retry-After), another client error (bad JSON, a body too large) keeps its status, and anything else is logged and answered with a
 * bare 500, so no internals (stack, SQL, paths) reach the client.
 */
export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error.validation !== undefined) {
    return replyError(reply, 400, "invalid-request", "The request is not in the expected form.");
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    return replyError(reply, 429, "rate-limited", "Too many requests; please wait a minute.");
  }
  if (status >= 400 && status < 500) {
    return replyError(reply, status, "bad-request", "The request could not be read.");
  }
  request.log.error({ err: error }, "request failed");
  return replyError(
    reply,
    500,
    "internal",
    "Something went wrong on the server; please try again.",
  );
}
