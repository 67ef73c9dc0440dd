import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import { replyError } from "./reply-error";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The `host[:port]` of a URL header, or undefined when it is not a URL (e.g. `Origin: null`). */
function hostOf(header: string): string | undefined {
  try {
    return new URL(header).host;
  } catch {
    return undefined;
  }
}

/**
 * An onRequest hook that refuses a state-changing request sent from another site (CSRF, in
 * depth behind the SameSite=Lax cookie). The Origin header, or the Referer when there is no
 * Origin, must name this server's host. A request with neither is let through: browsers send
 * Origin on every POST, PUT, PATCH and DELETE, even same-origin ones, so only non-browser
 * clients (curl, scripts, the CLI) omit both, and those carry no victim's cookies. Only the
 * host is compared, not the scheme, because behind a proxy that terminates HTTPS without
 * TRUST_PROXY the server sees plain HTTP while the browser's Origin says https.
 */
export const checkOrigin: onRequestAsyncHookHandler = async (
  request: FastifyRequest,
  reply: FastifyReply,
) => {
  if (!STATE_CHANGING.has(request.method)) return;
  const { origin, referer } = request.headers;
  const claimed = origin ?? referer;
  if (claimed === undefined) return;
  // Both through URL, which drops a default port (`:80`, `:443`) from either side.
  if (hostOf(claimed) === hostOf(`${request.protocol}://${request.host}`)) return;
  await replyError(reply, 403, "cross-origin", "This request came from another site.");
};
