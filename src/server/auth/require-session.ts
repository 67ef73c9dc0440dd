import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import type { ServerContext } from "../context";
import { findSessionLearner, type SessionLearner } from "../db/session-repository";
import { replyError } from "../http/reply-error";
import { SESSION_COOKIE } from "./session-cookie";
import { sessionIdOf } from "./session-token";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in learner, set by `requireSession` on every non-public route. */
    learner: SessionLearner | null;
  }
  interface FastifyContextConfig {
    /** Marks a route that answers without a session (health, sign-up, sign-in). */
    public?: boolean;
  }
}

/** Route config for the few routes that need no session. */
export const PUBLIC_ROUTE = { public: true } as const;

/**
 * An onRequest hook that lets a request through only with a live session cookie, unless its
 * route is marked public. Deny by default: a new route is protected unless it opts out.
 */
export function requireSession(context: ServerContext): onRequestAsyncHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.config.public === true) return;
    const token = request.cookies[SESSION_COOKIE];
    const learner =
      token === undefined
        ? undefined
        : await findSessionLearner(context.db, sessionIdOf(token), context.clock());
    if (learner === undefined) {
      await replyError(reply, 401, "signed-out", "Please sign in to continue.");
      return;
    }
    request.learner = learner;
  };
}

/** The learner of a request that passed `requireSession`; calling it on a public route is a bug. */
export function signedInLearner(request: FastifyRequest): SessionLearner {
  if (request.learner === null) throw new Error("signedInLearner() called on a public route");
  return request.learner;
}
