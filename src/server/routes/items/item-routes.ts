import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { AnswerReply, AnswerRequest, IdParams } from "../../../api";
import { signedInLearner } from "../../auth/require-session";
import type { ServerContext } from "../../context";
import { perLearnerRateLimit } from "../../http/rate-limits";
import { replyError } from "../../http/reply-error";
import { answerItem } from "../../practice/answer-item";

/** `POST /items/:id/answer`: grade an answer to one of the learner's items. */
export const itemRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, context) => {
  app.post(
    "/items/:id/answer",
    {
      config: { rateLimit: perLearnerRateLimit(context.rateLimits) },
      schema: { params: IdParams, body: AnswerRequest, response: { 200: AnswerReply } },
    },
    async (request, reply) => {
      const { learnerId } = signedInLearner(request);
      const answered = await answerItem(
        context,
        learnerId,
        request.params.id,
        request.body.submission,
      );
      if (answered.ok) return answered.value;
      return answered.error === "worked-example"
        ? replyError(reply, 409, "worked-example", "A worked example is studied, not answered.")
        : replyError(reply, 404, "no-such-item", "There is no such item.");
    },
  );
};
