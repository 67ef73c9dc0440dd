import type { FastifyReply, FastifyRequest } from "fastify";
import type { LearnerId } from "../../core/shared";
import type { ServerContext } from "../context";
import { deleteExpiredSessions, insertSession } from "../db/session-repository";
import { setSessionCookie } from "./session-cookie";
import { newSessionToken, sessionIdOf } from "./session-token";

/** How long a session lasts after sign-in. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** Opens a new session for the learner (at every sign-in) and sets its cookie. */
export async function startSession(
  context: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  learnerId: LearnerId,
): Promise<void> {
  const now = context.clock();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const token = newSessionToken();
  await deleteExpiredSessions(context.db, learnerId, now);
  await insertSession(context.db, { id: sessionIdOf(token), learnerId, createdAt: now, expiresAt });
  setSessionCookie(request, reply, token, expiresAt);
}
