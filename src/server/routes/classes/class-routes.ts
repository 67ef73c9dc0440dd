import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import {
  ClassDetailReply,
  ClassListReply,
  ClassSchema,
  CreateClassRequest,
  IdParams,
  JoinClassReply,
  JoinClassRequest,
} from "../../../api";
import { signedInLearner } from "../../auth/require-session";
import { classCsv } from "../../classes/class-csv";
import { classDetail, toClassSummary } from "../../classes/class-view";
import { createClass } from "../../classes/create-class";
import type { ServerContext } from "../../context";
import {
  addClassMember,
  findClassByCode,
  findInstructorClass,
  listInstructorClasses,
} from "../../db/class-repository";
import type { SessionLearner } from "../../db/session-repository";
import { replyError } from "../../http/reply-error";

const NO_CLASS = "There is no such class.";

/** The signed-in instructor, or undefined after replying 403 to anyone else. */
async function instructorOf(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<SessionLearner | undefined> {
  const learner = signedInLearner(request);
  if (learner.role === "instructor") return learner;
  await replyError(reply, 403, "instructors-only", "Only an instructor can see classes.");
  return undefined;
}

/** Classes: instructors create them and see their own; learners join with a code. */
export const classRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, context) => {
  app.post(
    "/classes",
    { schema: { body: CreateClassRequest, response: { 200: ClassSchema } } },
    async (request, reply) => {
      const instructor = await instructorOf(request, reply);
      return instructor && createClass(context, instructor.learnerId, request.body.name.trim());
    },
  );

  app.get("/classes", { schema: { response: { 200: ClassListReply } } }, async (request, reply) => {
    const instructor = await instructorOf(request, reply);
    if (!instructor) return reply;
    const classes = await listInstructorClasses(context.db, instructor.learnerId);
    return { classes: classes.map(toClassSummary) };
  });

  app.post(
    "/classes/join",
    { schema: { body: JoinClassRequest, response: { 200: JoinClassReply } } },
    async (request, reply) => {
      const found = await findClassByCode(context.db, request.body.joinCode.trim().toUpperCase());
      if (!found) return replyError(reply, 404, "no-such-class", "No class has that join code.");
      await addClassMember(
        context.db,
        found.id,
        signedInLearner(request).learnerId,
        context.clock(),
      );
      return found;
    },
  );

  app.get(
    "/classes/:id",
    { schema: { params: IdParams, response: { 200: ClassDetailReply } } },
    async (request, reply) => {
      const instructor = await instructorOf(request, reply);
      if (!instructor) return reply;
      const found = await findInstructorClass(context.db, instructor.learnerId, request.params.id);
      return found
        ? classDetail(context, found)
        : replyError(reply, 404, "no-such-class", NO_CLASS);
    },
  );

  app.get("/classes/:id/export.csv", { schema: { params: IdParams } }, async (request, reply) => {
    const instructor = await instructorOf(request, reply);
    if (!instructor) return reply;
    const found = await findInstructorClass(context.db, instructor.learnerId, request.params.id);
    if (!found) return replyError(reply, 404, "no-such-class", NO_CLASS);
    const csv = classCsv(await classDetail(context, found));
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="pullback-class.csv"')
      .send(csv);
  });
};
