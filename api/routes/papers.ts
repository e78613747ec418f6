import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { getPaper, listPapers } from "../../domain/papers.js";
import { IdParamSchema } from "../../contracts/common.js";
import { PaperDetailSchema, PaperListSchema, PaperQuerySchema } from "../../contracts/papers.js";
import { router } from "../router.js";

const list = createRoute({
  method: "get",
  path: "/papers",
  summary: "Papers, optionally filtered by words of the title",
  request: { query: PaperQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: PaperListSchema } }, description: "a page of papers" },
    ...errorResponses({ 400: "invalid query" }),
  },
});

const one = createRoute({
  method: "get",
  path: "/papers/{id}",
  summary: "A paper with its abstract and every claim extracted from it",
  request: { params: IdParamSchema },
  responses: {
    200: { content: { "application/json": { schema: PaperDetailSchema } }, description: "the paper" },
    ...errorResponses({ 400: "invalid id", 404: "no such paper" }),
  },
});

export const paperRoutes = router()
  .openapi(list, async (c) => c.json(await listPapers(c.var.db, c.req.valid("query")), 200))
  .openapi(one, async (c) => c.json(await getPaper(c.var.db, c.req.valid("param").id), 200));
