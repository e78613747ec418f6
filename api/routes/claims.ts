import { createHash } from "node:crypto";
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
    304: { description: "not modified since the ETag the client sent" },
    400: { content: { "application/json": { schema: ErrorSchema } }, description: "invalid query" },
  },
});

export const claimRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(list, async (c) => {
  const query = c.req.valid("query");
  // Version first, then the page: a page built after reading the version is at least that new.
  const version = await dataVersion(c.var.db, "claims");
  const key = JSON.stringify(query);
  // A page is a function of its query and the data version: the tag needs neither the page nor a hash of
  // its 30 KB (which the generic ETag middleware would compute on every request).
  const tag = `W/"cl-${createHash("sha1").update(`${key}|${version}`).digest("base64url")}"`;
  c.header("ETag", tag);
  c.header("Cache-Control", "no-cache");
  if (c.req.header("if-none-match")?.includes(tag.slice(2))) return c.body(null, 304);
  const cache = c.var.caches.claimLists;
  let text = cache.get(key, version);
  if (text === undefined) {
    text = JSON.stringify(await listClaims(c.var.db, query));
    cache.set(key, version, text);
  }
  return jsonText<ClaimList>(c, text);
});
