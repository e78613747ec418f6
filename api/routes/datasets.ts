import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { getDatasetFamily } from "../../domain/dataset-family.js";
import { DatasetFamilySchema, DatasetRefParamSchema } from "../../contracts/datasets.js";
import { router } from "../router.js";

const family = createRoute({
  method: "get",
  path: "/datasets/{id}/family",
  summary:
    "The dataset's family: every variant with claims (subset, split, version, variant of the family) and their boards, each with its leader",
  request: { params: DatasetRefParamSchema },
  responses: {
    200: { content: { "application/json": { schema: DatasetFamilySchema } }, description: "the family" },
    ...errorResponses({ 400: "invalid id", 404: "no such dataset" }),
  },
});

export const datasetRoutes = router().openapi(family, async (c) =>
  c.json(await getDatasetFamily(c.var.db, c.req.valid("param").id), 200),
);
