import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { replyError } from "./http/reply-error";

/**
 * Serves the built web app from `root`, and answers any other GET outside `/api` with its
 * `index.html`, so that client-side routes such as `/lessons/chain-rule` survive a reload.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, wildcard: true });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    isPageRequest(request)
      ? reply.sendFile("index.html")
      : replyError(reply, 404, "not-found", "There is nothing here."),
  );
}

// The static wildcard also catches unknown `/api/...` GETs, which must stay JSON 404s.
const isPageRequest = (request: FastifyRequest): boolean =>
  (request.method === "GET" || request.method === "HEAD") &&
  request.url !== "/api" &&
  !request.url.startsWith("/api/");
