import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { compareSubjects, getSubject, listSubjects } from "../../domain/subjects.js";
import { IdParamSchema } from "../../contracts/common.js";
import {
  CompareQuerySchema,
  CompareSchema,
  SubjectDetailSchema,
  SubjectListSchema,
  SubjectQuerySchema,
} from "../../contracts/subjects.js";
import { router } from "../router.js";

const errors = errorResponses({ 400: "invalid request", 404: "not found" });

const list = createRoute({
  method: "get",
  path: "/subjects",
  summary: "Models and methods with claim, benchmark and paper counts, most claims first",
  request: { query: SubjectQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: SubjectListSchema } }, description: "a page of subjects" },
    400: errors[400],
  },
});

const one = createRoute({
  method: "get",
  path: "/subjects/{id}",
  summary: "A subject with every claim about it, grouped by benchmark, with its best value and rank on each",
  request: { params: IdParamSchema },
  responses: {
    200: { content: { "application/json": { schema: SubjectDetailSchema } }, description: "the subject" },
    ...errors,
  },
});

const compare = createRoute({
  method: "get",
  path: "/compare",
  summary: "2–5 subjects side by side: each one's best absolute value on the benchmarks they share",
  request: { query: CompareQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: CompareSchema } }, description: "the comparison" },
    ...errors,
  },
});

export const subjectRoutes = router()
  .openapi(list, async (c) => c.json(await listSubjects(c.var.db, c.req.valid("query")), 200))
  .openapi(one, async (c) => c.json(await getSubject(c.var.db, c.req.valid("param").id), 200))
  .openapi(compare, async (c) => c.json(await compareSubjects(c.var.db, c.req.valid("query")), 200));
