import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { CourseReply } from "../../../api";
import { courseOutline } from "./course-outline";

/** `GET /course`: units with their lessons and skills. */
export const courseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The registry is fixed for the life of the process, so the outline is built once.
  const outline = courseOutline();
  app.get("/course", { schema: { response: { 200: CourseReply } } }, async () => outline);
};
