import { errorResponses } from "../openapi-errors.js";
import { jsonBody } from "../middleware/json-body.js";
import { createRoute } from "@hono/zod-openapi";
import { flagCounts, getFlag, listFlags } from "../../domain/flags/queries.js";
import { resolveFlag } from "../../domain/review.js";
import { requireRole } from "../auth.js";
import { rateLimit } from "../middleware/rate-limit.js";
import { IdParamSchema } from "../../contracts/common.js";
import {
  FlagCountsSchema,
  FlagListSchema,
  FlagQuerySchema,
  FlagSchema,
  ResolveFlagSchema,
} from "../../contracts/flags.js";
import { router } from "../router.js";

const errors = errorResponses({ 400: "invalid request", 404: "not found" });
const writeErrors = {
  ...errors,
  ...errorResponses({ 401: "no or unknown token", 403: "token lacks the reviewer role" }),
};

const list = createRoute({
  method: "get",
  path: "/flags",
  summary: "The review queue: flags filtered by status, code, severity, benchmark, paper or claim",
  request: { query: FlagQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: FlagListSchema } }, description: "a page of flags" },
    ...errors,
  },
});

const counts = createRoute({
  method: "get",
  path: "/flags/counts",
  summary: "Open flags in all and per code",
  responses: { 200: { content: { "application/json": { schema: FlagCountsSchema } }, description: "counts" } },
});

const one = createRoute({
  method: "get",
  path: "/flags/{id}",
  summary: "A flag with the claims involved",
  request: { params: IdParamSchema },
  responses: { 200: { content: { "application/json": { schema: FlagSchema } }, description: "the flag" }, ...errors },
});

const resolve = createRoute({
  method: "post",
  path: "/flags/{id}/resolve",
  summary: "Close a flag as resolved (handled) or dismissed (not a problem); reviewer token",
  middleware: [requireRole("reviewer"), rateLimit("review"), jsonBody] as const,
  request: {
    params: IdParamSchema,
    body: { content: { "application/json": { schema: ResolveFlagSchema } }, required: true },
  },
  responses: {
    200: { content: { "application/json": { schema: FlagSchema } }, description: "the flag after" },
    ...writeErrors,
  },
});

export const flagRoutes = router()
  .openapi(list, async (c) => c.json(await listFlags(c.var.db, c.req.valid("query")), 200))
  .openapi(counts, async (c) => c.json(await flagCounts(c.var.db), 200))
  .openapi(one, async (c) => c.json(await getFlag(c.var.db, c.req.valid("param").id), 200))
  .openapi(resolve, async (c) =>
    c.json(await resolveFlag(c.var.db, c.var.principal!, c.req.valid("param").id, c.req.valid("json")), 200),
  );
