import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { listClaims } from "../../domain/claims.js";
import type { AppEnv } from "../context.js";
import { ClaimListSchema, ClaimQuerySchema } from "../schemas/claims.js";
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

export const claimRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(list, async (c) =>
  c.json(await listClaims(c.var.db, c.req.valid("query")), 200),
);
