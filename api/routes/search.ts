import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { search } from "../../domain/search.js";
import type { AppEnv } from "../context.js";
import { ErrorSchema } from "../schemas/common.js";
import { SearchQuerySchema, SearchResultSchema } from "../schemas/search.js";
import { validationHook } from "../validation.js";

const find = createRoute({
  method: "get",
  path: "/search",
  summary: "One search box: papers (title words), subjects, datasets, metrics and benchmarks, a few of each",
  request: { query: SearchQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: SearchResultSchema } }, description: "grouped results" },
    400: { content: { "application/json": { schema: ErrorSchema } }, description: "invalid query" },
  },
});

export const searchRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(find, async (c) =>
  c.json(await search(c.var.db, c.req.valid("query")), 200),
);
