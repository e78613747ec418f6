import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { correctClaim, getClaimDetail, reviewClaim } from "../../domain/review.js";
import { requireRole } from "../auth.js";
import { rateLimit } from "../middleware/rate-limit.js";
import { IdParamSchema } from "../../contracts/common.js";
import { ClaimDetailSchema, CorrectClaimSchema, ReviewClaimSchema } from "../../contracts/flags.js";
import { router } from "../router.js";
import { jsonBody } from "../middleware/json-body.js";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const errors = errorResponses({
  400: "invalid request",
  401: "no or unknown token",
  403: "token lacks the reviewer role",
  404: "not found",
  422: "cannot apply",
});
const detail = {
  200: { content: { "application/json": { schema: ClaimDetailSchema } }, description: "the claim after" },
};

const getClaim = createRoute({
  method: "get",
  path: "/claims/{id}",
  summary: "A claim with its original values, open flags and review history",
  request: { params: IdParamSchema },
  responses: {
    200: { content: { "application/json": { schema: ClaimDetailSchema } }, description: "the claim" },
    404: errors[404],
    400: errors[400],
  },
});

const review = createRoute({
  method: "post",
  path: "/claims/{id}/review",
  summary: "Accept a claim as correct, or reject it as not a claim; reviewer token",
  middleware: [requireRole("reviewer"), rateLimit("review"), jsonBody] as const,
  request: { params: IdParamSchema, body: json(ReviewClaimSchema) },
  responses: { ...detail, ...errors },
});

const correct = createRoute({
  method: "post",
  path: "/claims/{id}/corrections",
  summary: "Correct value, unit, subject, dataset or metric; the original stays; reviewer token",
  middleware: [requireRole("reviewer"), rateLimit("review"), jsonBody] as const,
  request: { params: IdParamSchema, body: json(CorrectClaimSchema) },
  responses: { ...detail, ...errors },
});

// Merging entities (and splitting, undoing) is in entities.ts.

export const reviewRoutes = router()
  .openapi(getClaim, async (c) => c.json(await getClaimDetail(c.var.db, c.req.valid("param").id), 200))
  .openapi(review, async (c) =>
    c.json(
      await reviewClaim(c.var.db, c.var.principal!, c.req.valid("param").id, c.req.valid("json"), c.var.flagOptions),
      200,
    ),
  )
  .openapi(correct, async (c) =>
    c.json(
      await correctClaim(c.var.db, c.var.principal!, c.req.valid("param").id, c.req.valid("json"), c.var.flagOptions),
      200,
    ),
  );
