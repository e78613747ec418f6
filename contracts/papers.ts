import { z } from "@hono/zod-openapi";
import { ClaimSchema } from "./claims.js";
import { CursorSchema, LimitSchema, listOf } from "./common.js";

const PaperSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    date: z.string().nullable(),
    url: z.string().nullable(),
    arxivId: z.string().nullable(),
    claimCount: z.number().int(),
  })
  .openapi("PaperSummary");

export const PaperListSchema = listOf(PaperSummarySchema).openapi("PaperList");
export type PaperList = z.infer<typeof PaperListSchema>;

export const PaperDetailSchema = PaperSummarySchema.extend({
  abstract: z.string(),
  sourceFile: z.string(),
  claims: z.array(ClaimSchema),
}).openapi("PaperDetail");
export type PaperDetail = z.infer<typeof PaperDetailSchema>;

export const PaperQuerySchema = z.object({
  q: z.string().max(200).optional().openapi({ description: "words that must all appear in the title" }),
  sort: z
    .enum(["ingested", "date"])
    .default("ingested")
    .openapi({ description: "ingest order, or newest paper date first (undated last)" }),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type PaperQuery = z.infer<typeof PaperQuerySchema>;
