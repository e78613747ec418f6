import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { search } from "../../domain/search.js";
import { SearchQuerySchema, SearchResultSchema } from "../../contracts/search.js";
import { router } from "../router.js";

const find = createRoute({
  method: "get",
  path: "/search",
  summary: "One search box: papers (title words), subjects, datasets, metrics and benchmarks, a few of each",
  request: { query: SearchQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: SearchResultSchema } }, description: "grouped results" },
    ...errorResponses({ 400: "invalid query" }),
  },
});

export const searchRoutes = router().openapi(find, async (c) =>
  c.json(await search(c.var.db, c.req.valid("query")), 200),
);
