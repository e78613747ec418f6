import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { listClaims } from "../../domain/claims.js";
import { dataVersion } from "../../domain/data-version.js";
import type { AppEnv } from "../context.js";
import { jsonText } from "../json-text.js";
import { ClaimListSchema, ClaimQuerySchema, type ClaimList } from "../schemas/claims.js";
import { ErrorSchema } from "../schemas/common.js";
import { validationHook } from "../validation.js";

const list = createRoute({
  method: "get",
  path: "/claims",
  summary: "Claims filtered by metric, dataset, subject, benchmark, paper or kind",
  request: { query: ClaimQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: ClaimListSchema } }, description: "a page of claims" },
    400: { content: { "application/json": { schema: ErrorSchema } }, description: "invalid query" },
  },
});

export const claimRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(list, async (c) => {
  const query = c.req.valid("query");
  // Version first, then the page: a page built after reading the version is at least that new.
  const version = await dataVersion(c.var.db, "claims");
  const key = JSON.stringify(query);
  const cache = c.var.caches.claimLists;
  let text = cache.get(key, version);
  if (text === undefined) {
    text = JSON.stringify(await listClaims(c.var.db, query));
    cache.set(key, version, text);
  }
  return jsonText<ClaimList>(c, text);
});
