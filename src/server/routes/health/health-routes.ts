import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { HealthReply } from "../../../api";
import { PUBLIC_ROUTE } from "../../auth/require-session";

/** `GET /health`: the process is up (for load balancers; touches no database). */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/health",
    { config: PUBLIC_ROUTE, schema: { response: { 200: HealthReply } } },
    async () => ({ ok: true as const }),
  );
};
