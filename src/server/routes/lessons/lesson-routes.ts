import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { IdParams, LessonReply } from "../../../api";
import { lessonById } from "../../../core/course";
import { signedInLearner } from "../../auth/require-session";
import type { ServerContext } from "../../context";
import { replyError } from "../../http/reply-error";
import { unitLockMessage } from "../../study/unit-lock";

/** `GET /lessons/:id`: the Markdown of one lesson, read from the content folder. */
export const lessonRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, context) => {
  app.get(
    "/lessons/:id",
    { schema: { params: IdParams, response: { 200: LessonReply } } },
    async (request, reply) => {
      // Only registry ids are read, so no path from the request ever reaches the file system.
      const lesson = lessonById(request.params.id);
      if (lesson === undefined)
        return replyError(reply, 404, "no-such-lesson", "There is no such lesson.");
      const locked = await unitLockMessage(context, signedInLearner(request), lesson.unit);
      if (locked !== undefined) return replyError(reply, 403, "locked", locked);
      const markdown = await readFile(join(context.contentDir, lesson.file), "utf8");
      return { lesson: { id: lesson.id, unit: lesson.unit, title: lesson.title }, markdown };
    },
  );
};
