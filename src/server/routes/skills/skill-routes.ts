import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { HistoryReply, PublicItemSchema, SkillParams } from "../../../api";
import { skillById } from "../../../core/course";
import { signedInLearner } from "../../auth/require-session";
import type { ServerContext } from "../../context";
import { replyError } from "../../http/reply-error";
import { FREE_PRACTICE } from "../../db/item-repository";
import { toAttemptSummary, toPublicItemReply } from "../../practice/api-mappers";
import { issueItem } from "../../practice/issue-item";
import { skillHistory } from "../../practice/skill-history";
import { unitLockMessage } from "../../study/unit-lock";

const NO_SKILL = "There is no such skill.";
const NO_ITEMS = "There is no such skill, or it has no exercises yet.";

/** `POST /skills/:skill/items` (a new item) and `GET /skills/:skill/history`. */
export const skillRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, context) => {
  app.post(
    "/skills/:skill/items",
    { schema: { params: SkillParams, response: { 200: PublicItemSchema } } },
    async (request, reply) => {
      const skill = skillById(request.params.skill);
      if (skill === undefined || skill.generators.length === 0) {
        return replyError(reply, 404, "no-such-skill", NO_ITEMS);
      }
      const learner = signedInLearner(request);
      const locked = await unitLockMessage(context, learner, skill.unit);
      if (locked !== undefined) return replyError(reply, 403, "locked", locked);
      const issued = await issueItem(context.db, {
        learnerId: learner.learnerId,
        skill: skill.id,
        seed: context.drawSeed(),
        placement: FREE_PRACTICE,
        now: context.clock(),
      });
      return toPublicItemReply(issued.id, issued.item, "free");
    },
  );

  app.get(
    "/skills/:skill/history",
    { schema: { params: SkillParams, response: { 200: HistoryReply } } },
    async (request, reply) => {
      const skill = skillById(request.params.skill);
      if (skill === undefined) return replyError(reply, 404, "no-such-skill", NO_SKILL);
      const attempts = await skillHistory(context.db, signedInLearner(request).learnerId, skill.id);
      return { skill: skill.id, attempts: attempts.map(toAttemptSummary) };
    },
  );
};
