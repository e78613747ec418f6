import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { getLeaderboard, listBenchmarks } from "../../domain/benchmarks.js";
import type { AppEnv } from "../context.js";
import { BenchmarkIdParamSchema, BenchmarkListSchema, BenchmarkQuerySchema, LeaderboardSchema } from "../schemas/benchmarks.js";
import { ErrorSchema } from "../schemas/common.js";
import { validationHook } from "../validation.js";

const list = createRoute({
  method: "get",
  path: "/benchmarks",
  summary: "Dataset + metric pairs with claim counts, largest first",
  request: { query: BenchmarkQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: BenchmarkListSchema } }, description: "a page of benchmarks" },
    400: { content: { "application/json": { schema: ErrorSchema } }, description: "invalid query" },
  },
});

const leaderboard = createRoute({
  method: "get",
  path: "/benchmarks/{id}/leaderboard",
  summary: "Best absolute claim per subject, ranked by the metric's direction",
  request: { params: BenchmarkIdParamSchema },
  responses: {
    200: { content: { "application/json": { schema: LeaderboardSchema } }, description: "the leaderboard" },
    404: { content: { "application/json": { schema: ErrorSchema } }, description: "no such benchmark" },
  },
});

export const benchmarkRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(list, async (c) => c.json(await listBenchmarks(c.var.db, c.req.valid("query")), 200))
  .openapi(leaderboard, async (c) => c.json(await getLeaderboard(c.var.db, c.req.valid("param").id), 200));
