import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  HintReply,
  IdParams,
  LearnerStateReply,
  NextStepReply,
  SessionSummarySchema,
  StartSessionRequest,
  StudySessionSchema,
} from "../../../api";
import { currentUnit } from "../../../core/learner";
import { signedInLearner } from "../../auth/require-session";
import type { ServerContext } from "../../context";
import { findOpenGateAttempt } from "../../db/gate-repository";
import { loadLearnerState } from "../../db/learner-state-repository";
import { findOpenStudySession, sessionProgress } from "../../db/study-session-repository";
import { replyError } from "../../http/reply-error";
import { nextHint, studyWorkedExample } from "../../study/item-help";
import { courseMap } from "../../study/learner-view";
import { toStudySessionReply } from "../../study/session-replies";
import { endSession, nextInSession, startStudySession } from "../../study/study-session";

const NO_SESSION = "There is no such study session.";
const NO_ITEM = "There is no such item.";
const HINT_REFUSALS = {
  "no-such-item": [404, NO_ITEM],
  "no-hints-in-check": [409, "A gate or the placement check is answered without hints."],
  answered: [409, "This item is already answered; its worked solution is shown."],
} as const;

/** The learner's state and plan, study sessions, and help on items (hints, worked examples). */
export const studyRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, context) => {
  app.get(
    "/learner/state",
    { schema: { response: { 200: LearnerStateReply } } },
    async (request) => {
      const { learnerId, role } = signedInLearner(request);
      const [stored, session, gate] = await Promise.all([
        loadLearnerState(context.db, learnerId),
        findOpenStudySession(context.db, learnerId),
        findOpenGateAttempt(context.db, learnerId),
      ]);
      const openSession = session
        ? toStudySessionReply(session, await sessionProgress(context.db, session.id))
        : null;
      return {
        placed: stored.state.placed,
        currentUnit: currentUnit(stored.state) ?? null,
        ...courseMap(stored.state, context.clock().getTime(), role === "instructor"),
        openSession,
        openGate: gate ? { id: gate.id, unit: gate.unit } : null,
      };
    },
  );

  app.post(
    "/study-sessions",
    { schema: { body: StartSessionRequest, response: { 200: StudySessionSchema } } },
    async (request) =>
      startStudySession(context, signedInLearner(request).learnerId, request.body.maxItems),
  );

  app.post(
    "/study-sessions/:id/next",
    { schema: { params: IdParams, response: { 200: NextStepReply } } },
    async (request, reply) => {
      const next = await nextInSession(
        context,
        signedInLearner(request).learnerId,
        request.params.id,
      );
      return next.ok ? next.value : replyError(reply, 404, "no-such-session", NO_SESSION);
    },
  );

  app.post(
    "/study-sessions/:id/end",
    { schema: { params: IdParams, response: { 200: SessionSummarySchema } } },
    async (request, reply) => {
      const ended = await endSession(
        context,
        signedInLearner(request).learnerId,
        request.params.id,
      );
      return ended.ok ? ended.value : replyError(reply, 404, "no-such-session", NO_SESSION);
    },
  );

  app.post(
    "/items/:id/hints",
    { schema: { params: IdParams, response: { 200: HintReply } } },
    async (request, reply) => {
      const hint = await nextHint(context, signedInLearner(request).learnerId, request.params.id);
      if (hint.ok) return hint.value;
      const [status, message] = HINT_REFUSALS[hint.error];
      return replyError(reply, status, hint.error, message);
    },
  );

  app.post("/items/:id/studied", { schema: { params: IdParams } }, async (request, reply) => {
    const studied = await studyWorkedExample(
      context,
      signedInLearner(request).learnerId,
      request.params.id,
    );
    return studied.ok ? { ok: true } : replyError(reply, 404, "no-such-item", NO_ITEM);
  });
};
