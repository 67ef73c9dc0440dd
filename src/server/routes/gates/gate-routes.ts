import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { GateAttemptReply, GateNextReply, IdParams, UnitParams } from "../../../api";
import { signedInLearner } from "../../auth/require-session";
import type { ServerContext } from "../../context";
import { replyError } from "../../http/reply-error";
import { gateAttemptStatus, nextGateItem, startGate } from "../../study/gate-attempts";

const NO_ATTEMPT = "There is no such gate attempt.";
const CLOSED =
  "This gate is not open: it opens on your current unit once every skill reaches the mastery bar.";

/** Start or resume a unit's gate, see an attempt, and take its items one at a time. */
export const gateRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, context) => {
  app.post(
    "/gates/:unit/attempts",
    { schema: { params: UnitParams, response: { 200: GateAttemptReply } } },
    async (request, reply) => {
      const started = await startGate(
        context,
        signedInLearner(request).learnerId,
        request.params.unit,
      );
      return started.ok ? started.value : replyError(reply, 409, "gate-closed", CLOSED);
    },
  );

  app.get(
    "/gate-attempts/:id",
    { schema: { params: IdParams, response: { 200: GateAttemptReply } } },
    async (request, reply) => {
      const status = await gateAttemptStatus(
        context,
        signedInLearner(request).learnerId,
        request.params.id,
      );
      return status ?? replyError(reply, 404, "no-such-gate-attempt", NO_ATTEMPT);
    },
  );

  app.post(
    "/gate-attempts/:id/next",
    { schema: { params: IdParams, response: { 200: GateNextReply } } },
    async (request, reply) => {
      const next = await nextGateItem(
        context,
        signedInLearner(request).learnerId,
        request.params.id,
      );
      return next ?? replyError(reply, 404, "no-such-gate-attempt", NO_ATTEMPT);
    },
  );
};
