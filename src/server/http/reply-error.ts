import type { FastifyReply } from "fastify";
import type { ApiError } from "../../api";

/** Sends an `ApiError`: a stable code for the app and a sentence for the person. */
export function replyError(
  reply: FastifyReply,
  status: number,
  error: string,
  message: string,
): FastifyReply {
  const body: ApiError = { error, message };
  return reply.code(status).send(body);
}
