import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { getSubjectProvenance } from "../../domain/subject-provenance.js";
import { IdParamSchema } from "../../contracts/common.js";
import { SubjectProvenanceSchema } from "../../contracts/provenance.js";
import { router } from "../router.js";

const subjectProvenance = createRoute({
  method: "get",
  path: "/subjects/{id}/provenance",
  summary:
    "A system's best number per provenance tier (self, other_paper, imported, reviewed) on each benchmark where it has two or more tiers, marking where self-reported and third-party numbers disagree",
  request: { params: IdParamSchema },
  responses: {
    200: {
      content: { "application/json": { schema: SubjectProvenanceSchema } },
      description: "the numbers side by side",
    },
    ...errorResponses({ 400: "invalid id", 404: "no such subject" }),
  },
});

export const provenanceRoutes = router().openapi(subjectProvenance, async (c) =>
  c.json(await getSubjectProvenance(c.var.db, c.req.valid("param").id, c.var.flagOptions), 200),
);
