import type { FastifyPluginAsync } from "fastify";
import { requireSession } from "../auth/require-session";
import type { ServerContext } from "../context";
import { checkOrigin } from "../http/origin-check";
import { replyError } from "../http/reply-error";
import { authRoutes } from "./auth/auth-routes";
import { courseRoutes } from "./course/course-routes";
import { healthRoutes } from "./health/health-routes";
import { itemRoutes } from "./items/item-routes";
import { lessonRoutes } from "./lessons/lesson-routes";
import { classRoutes } from "./classes/class-routes";
import { gateRoutes } from "./gates/gate-routes";
import { progressRoutes } from "./progress/progress-routes";
import { skillRoutes } from "./skills/skill-routes";
import { studyRoutes } from "./study/study-routes";

/**
 * Every JSON route, to be registered under `/api`, behind the origin and session checks. A factory rather
 * than plugin options, because Fastify adds `prefix` to the options it hands each plugin.
 */
export const apiRoutes =
  (context: ServerContext): FastifyPluginAsync =>
  async (app) => {
    // Origin first: a cross-site request is refused before its cookie is even looked up.
    app.addHook("onRequest", checkOrigin);
    app.addHook("onRequest", requireSession(context));
    await app.register(healthRoutes);
    await app.register(authRoutes, context);
    await app.register(courseRoutes);
    await app.register(lessonRoutes, context);
    await app.register(skillRoutes, context);
    await app.register(itemRoutes, context);
    await app.register(studyRoutes, context);
    await app.register(gateRoutes, context);
    await app.register(progressRoutes, context);
    await app.register(classRoutes, context);
    // Its own 404 handler puts unknown `/api` routes behind the session check too.
    app.setNotFoundHandler((_request, reply) =>
      replyError(reply, 404, "not-found", "There is no such API route."),
    );
  };
