import type { FastifyReply, FastifyRequest } from "fastify";

/** The cookie that carries the session token. */
export const SESSION_COOKIE = "pullback_session";

// HttpOnly keeps the token from scripts; SameSite=Lax keeps it off cross-site POSTs (CSRF);
// Secure only over HTTPS so that a plain-HTTP localhost install still works.
const flags = (request: FastifyRequest) =>
  ({
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: request.protocol === "https",
  }) as const;

/** Gives the browser its session token, expiring with the session. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, { ...flags(request), expires: expiresAt });
}

/** Tells the browser to forget its session token. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, flags(request));
}
