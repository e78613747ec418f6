import { z } from "@hono/zod-openapi";
import { KINDS, QUALIFIERS } from "../extractors/types.js";
import { CursorSchema, EntityRefSchema, LimitSchema, listOf, PaperRefSchema } from "./common.js";

export const DirectionSchema = z.enum(["higher", "lower"]).openapi("Direction");

export const ClaimSchema = z
  .object({
    id: z.number().int(),
    paper: PaperRefSchema,
    subject: EntityRefSchema.nullable(),
    dataset: EntityRefSchema.nullable(),
    metric: z.string(),
    direction: DirectionSchema,
    benchmarkId: z.string().nullable(),
    value: z.number(),
    /** The number as the source wrote it ("2.10"), null when written in words. */
    valueText: z.string().nullable(),
    unit: z.string().nullable(),
    kind: z.enum(KINDS),
    qualifier: z.enum(QUALIFIERS),
    subjectText: z.string().nullable(),
    datasetText: z.string().nullable(),
    baseline: z.string().nullable(),
    condition: z.string().nullable(),
    evidence: z.string(),
    /** The whole sentence around the evidence ("" for imported table rows). */
    sentence: z.string(),
    evidenceStart: z.number().int(),
    evidenceEnd: z.number().int(),
    confidence: z.number(),
    sourceKind: z.enum(["text", "table", "manual"]),
    sourceRef: z.string().nullable(),
    extractor: z.string(),
    extractorVersion: z.string(),
    reviewStatus: z.enum(["accepted", "rejected", "corrected"]).nullable(),
    /** The values as first extracted; differs from the fields above once a reviewer corrected them. */
    original: z.object({
      value: z.number(),
      unit: z.string().nullable(),
      metric: z.string(),
      subject: z.string().nullable(),
      dataset: z.string().nullable(),
    }),
    createdAt: z.string(),
  })
  .openapi("Claim");
export type ClaimOut = z.infer<typeof ClaimSchema>;

export const ClaimListSchema = listOf(ClaimSchema).openapi("ClaimList");
export type ClaimList = z.infer<typeof ClaimListSchema>;

export const ClaimQuerySchema = z.object({
  metric: z.string().max(200).optional().openapi({ description: "canonical metric name, e.g. fid" }),
  dataset: z.string().max(300).optional().openapi({ description: "dataset name or alias, e.g. CIFAR10" }),
  subject: z.string().max(300).optional().openapi({ description: "model/method name or alias" }),
  benchmark: z.string().max(200).optional().openapi({ description: "benchmark id" }),
  paper: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  kind: z.enum(KINDS).optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type ClaimQuery = z.infer<typeof ClaimQuerySchema>;
