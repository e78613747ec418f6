import { createRoute } from "@hono/zod-openapi";
import { getPaper, listPapers } from "../../domain/papers.js";
import { ErrorSchema, IdParamSchema } from "../../contracts/common.js";
import { PaperDetailSchema, PaperListSchema, PaperQuerySchema } from "../../contracts/papers.js";
import { router } from "../router.js";

const list = createRoute({
  method: "get",
  path: "/papers",
  summary: "Papers, optionally filtered by words of the title",
  request: { query: PaperQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: PaperListSchema } }, description: "a page of papers" },
    400: { content: { "application/json": { schema: ErrorSchema } }, description: "invalid query" },
  },
});

const one = createRoute({
  method: "get",
  path: "/papers/{id}",
  summary: "A paper with its abstract and every claim extracted from it",
  request: { params: IdParamSchema },
  responses: {
    200: { content: { "application/json": { schema: PaperDetailSchema } }, description: "the paper" },
    400: { content: { "application/json": { schema: ErrorSchema } }, description: "invalid id" },
    404: { content: { "application/json": { schema: ErrorSchema } }, description: "no such paper" },
  },
});

export const paperRoutes = router()
  .openapi(list, async (c) => c.json(await listPapers(c.var.db, c.req.valid("query")), 200))
  .openapi(one, async (c) => c.json(await getPaper(c.var.db, c.req.valid("param").id), 200));
