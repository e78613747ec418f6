import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { router } from "../router.js";
import { databaseAnswers } from "../../domain/database-ping.js";
import { HealthSchema } from "../../contracts/common.js";

const health = createRoute({
  method: "get",
  path: "/health",
  summary: "Liveness and the database in use",
  responses: {
    200: { content: { "application/json": { schema: HealthSchema } }, description: "healthy" },
    ...errorResponses({ 503: "database unreachable" }),
  },
});

export const healthRoutes = router().openapi(health, async (c) => {
  await databaseAnswers(c.var.db);
  // A probe wants the state now, never a kept copy (and so no ETag to revalidate one with).
  return c.json({ status: "ok" as const, database: c.var.dbKind }, 200, { "Cache-Control": "no-store" });
});
