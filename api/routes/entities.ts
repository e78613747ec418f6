import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import {
  entityHistory,
  entityIdentity,
  mergeEntities,
  searchEntities,
  splitEntity,
  undoEntityEdit,
} from "../../domain/entity-edits.js";
import { requireRole } from "../auth.js";
import { rateLimit } from "../middleware/rate-limit.js";
import {
  EntityHistoryQuerySchema,
  EntityHistorySchema,
  EntityIdentitySchema,
  EntityRefQuerySchema,
  EntitySearchQuerySchema,
  EntitySearchSchema,
  MergeEntitiesSchema,
  MergeResultSchema,
  SplitEntitySchema,
  SplitResultSchema,
  UndoEntityEditSchema,
  UndoResultSchema,
} from "../../contracts/entities.js";
import { router } from "../router.js";
import { jsonBody } from "../middleware/json-body.js";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const writeErrors = errorResponses({
  400: "invalid request",
  401: "no or unknown token",
  403: "token lacks the reviewer role",
  404: "not found",
  409: "conflicts with the current data (a key or name is taken, or a later change blocks the undo)",
  422: "cannot apply",
});

const merge = createRoute({
  method: "post",
  path: "/entities/merge",
  summary:
    "Merge two subjects, datasets or metrics: `from` becomes part of `into`, with its spellings, claims and benchmarks; reviewer token",
  middleware: [requireRole("reviewer"), rateLimit("review"), jsonBody] as const,
  request: { body: json(MergeEntitiesSchema) },
  responses: {
    200: {
      content: { "application/json": { schema: MergeResultSchema } },
      description: "what moved, and the audit entry to undo it",
    },
    ...writeErrors,
  },
});

const split = createRoute({
  method: "post",
  path: "/entities/split",
  summary:
    "Take spellings of a subject, dataset or metric, and the claims written with them, out into a new entity; reviewer token",
  middleware: [requireRole("reviewer"), rateLimit("review"), jsonBody] as const,
  request: { body: json(SplitEntitySchema) },
  responses: {
    200: {
      content: { "application/json": { schema: SplitResultSchema } },
      description: "the new entity and what moved",
    },
    ...writeErrors,
  },
});

const undo = createRoute({
  method: "post",
  path: "/entities/undo",
  summary:
    "Reverse one merge or split by its audit entry, if nothing later changed the rows it changed (else 409); reviewer token",
  middleware: [requireRole("reviewer"), rateLimit("review"), jsonBody] as const,
  request: { body: json(UndoEntityEditSchema) },
  responses: {
    200: { content: { "application/json": { schema: UndoResultSchema } }, description: "what was undone" },
    ...writeErrors,
  },
});

const history = createRoute({
  method: "get",
  path: "/entities/history",
  summary: "Merges, splits and undos that involved an entity, newest first, each with whether it can be undone now",
  request: { query: EntityHistoryQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: EntityHistorySchema } }, description: "the edits" },
    ...errorResponses({ 400: "invalid request" }),
  },
});

const spellings = createRoute({
  method: "get",
  path: "/entities/spellings",
  summary:
    "An entity's spellings (alias keys; for a metric, the names papers wrote) with their claim counts: what a split can take out",
  request: { query: EntityRefQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: EntityIdentitySchema } }, description: "the entity" },
    ...errorResponses({ 400: "invalid request", 404: "not found" }),
  },
});

const search = createRoute({
  method: "get",
  path: "/entities/search",
  summary: "Subjects, datasets or metrics whose name or spelling contains the text: merge targets",
  request: { query: EntitySearchQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: EntitySearchSchema } }, description: "matches" },
    ...errorResponses({ 400: "invalid request" }),
  },
});

export const entityRoutes = router()
  .openapi(merge, async (c) =>
    c.json(await mergeEntities(c.var.db, c.var.principal!, c.req.valid("json"), c.var.flagOptions), 200),
  )
  .openapi(split, async (c) =>
    c.json(await splitEntity(c.var.db, c.var.principal!, c.req.valid("json"), c.var.flagOptions), 200),
  )
  .openapi(undo, async (c) =>
    c.json(await undoEntityEdit(c.var.db, c.var.principal!, c.req.valid("json"), c.var.flagOptions), 200),
  )
  .openapi(history, async (c) => c.json(await entityHistory(c.var.db, c.req.valid("query")), 200))
  .openapi(spellings, async (c) => c.json(await entityIdentity(c.var.db, c.req.valid("query")), 200))
  .openapi(search, async (c) => c.json(await searchEntities(c.var.db, c.req.valid("query")), 200));
