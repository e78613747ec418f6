import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { listClaims } from "../../domain/claims.js";
import { dataVersion } from "../../domain/data-version.js";
import { versionedJson } from "../versioned-json.js";
import { ClaimListSchema, ClaimQuerySchema, type ClaimList } from "../../contracts/claims.js";
import { router } from "../router.js";

const list = createRoute({
  method: "get",
  path: "/claims",
  summary: "Claims filtered by metric, dataset, subject, benchmark, paper or kind",
  request: { query: ClaimQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: ClaimListSchema } }, description: "a page of claims" },
    304: { description: "not modified since the ETag the client sent" },
    ...errorResponses({ 400: "invalid query" }),
  },
});

export const claimRoutes = router().openapi(list, async (c) => {
  const query = c.req.valid("query");
  // Version first, then the page: a page built after reading the version is at least that new.
  const version = await dataVersion(c.var.db, "claims");
  return versionedJson<ClaimList>(c, "cl", JSON.stringify(query), version, c.var.caches.claimLists, () =>
    listClaims(c.var.db, query),
  );
});
