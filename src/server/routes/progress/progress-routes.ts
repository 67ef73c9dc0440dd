import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ProgressReply, ReviewsReply } from "../../../api";
import { signedInLearner } from "../../auth/require-session";
import type { ServerContext } from "../../context";
import { loadLearnerState } from "../../db/learner-state-repository";
import { exportLearnerCsv, exportLearnerJson } from "../../study/learner-export";
import { progressView } from "../../study/progress-view";
import { reviewsView } from "../../study/reviews";

/** Due reviews, the progress dashboard, and export of one's own data. */
export const progressRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, context) => {
  app.get("/reviews", { schema: { response: { 200: ReviewsReply } } }, async (request) => {
    const { state } = await loadLearnerState(context.db, signedInLearner(request).learnerId);
    return reviewsView(state, context.clock().getTime());
  });

  app.get("/progress", { schema: { response: { 200: ProgressReply } } }, async (request) =>
    progressView(context, signedInLearner(request).learnerId),
  );

  app.get("/export.json", async (request, reply) => {
    const data = await exportLearnerJson(context, signedInLearner(request));
    return reply
      .header("content-disposition", 'attachment; filename="pullback-export.json"')
      .send(data);
  });

  app.get("/export.csv", async (request, reply) => {
    const csv = await exportLearnerCsv(context, signedInLearner(request).learnerId);
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="pullback-attempts.csv"')
      .send(csv);
  });
};
