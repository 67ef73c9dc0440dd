import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Credentials, MeReply, type MeReply as MeReplyBody } from "../../../api";
import { authenticate, createAccount } from "../../auth/accounts";
import { PUBLIC_ROUTE, signedInLearner } from "../../auth/require-session";
import { clearSessionCookie } from "../../auth/session-cookie";
import { startSession } from "../../auth/start-session";
import type { ServerContext } from "../../context";
import { perIpRateLimit } from "../../http/rate-limits";
import type { Role } from "../../db/database";
import { deleteSession } from "../../db/session-repository";
import { replyError } from "../../http/reply-error";

const meReply = (learner: { id: string; name: string; role: Role }): MeReplyBody => ({
  learner: { id: learner.id, name: learner.name, role: learner.role },
});

const credentialsSchema = { body: Credentials, response: { 200: MeReply } };

/** Sign-up, sign-in, sign-out and who am I, under `/auth`. */
export const authRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, context) => {
  // Both cost a scrypt and both can guess passwords (sign-up tells whether a name exists).
  const publicLimited = { ...PUBLIC_ROUTE, rateLimit: perIpRateLimit(context.rateLimits) };
  app.post(
    "/auth/sign-up",
    { config: publicLimited, schema: credentialsSchema },
    async (request, reply) => {
      const created = await createAccount(context, request.body);
      if (!created.ok)
        return replyError(reply, 409, "name-taken", "That name is taken; please choose another.");
      await startSession(context, request, reply, created.value.id);
      return meReply(created.value);
    },
  );

  app.post(
    "/auth/sign-in",
    { config: publicLimited, schema: credentialsSchema },
    async (request, reply) => {
      const learner = await authenticate(context, request.body);
      if (learner === undefined)
        return replyError(reply, 401, "wrong-credentials", "That name and password do not match.");
      await startSession(context, request, reply, learner.id);
      return meReply(learner);
    },
  );

  app.post("/auth/sign-out", async (request, reply) => {
    await deleteSession(context.db, signedInLearner(request).sessionId);
    clearSessionCookie(request, reply);
    return { ok: true };
  });

  app.get("/auth/me", { schema: { response: { 200: MeReply } } }, async (request) => {
    const { learnerId, name, role } = signedInLearner(request);
    return meReply({ id: learnerId, name, role });
  });
};
