import { z } from "@hono/zod-openapi";
import { FLAG_CODES, FLAG_SEVERITIES, FLAG_STATUSES } from "../db/schema/index.js";
import { ClaimSchema } from "./claims.js";
import { CursorSchema, LimitSchema, listOf } from "./common.js";

export const FlagRefSchema = z
  .object({
    id: z.number().int(),
    code: z.enum(FLAG_CODES),
    severity: z.enum(FLAG_SEVERITIES),
    status: z.enum(FLAG_STATUSES),
  })
  .openapi("FlagRef");
export type FlagRef = z.infer<typeof FlagRefSchema>;

export const FlagSchema = FlagRefSchema.extend({
  explanation: z.string(),
  benchmarkId: z.string().nullable(),
  paperId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  claims: z.array(ClaimSchema),
}).openapi("Flag");
export type Flag = z.infer<typeof FlagSchema>;

export const FlagListSchema = listOf(FlagSchema).openapi("FlagList");
export type FlagList = z.infer<typeof FlagListSchema>;

export const FlagQuerySchema = z.object({
  status: z.enum(FLAG_STATUSES).optional(),
  code: z.enum(FLAG_CODES).optional(),
  severity: z.enum(FLAG_SEVERITIES).optional(),
  benchmark: z.string().max(200).optional(),
  paper: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  claim: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type FlagQuery = z.infer<typeof FlagQuerySchema>;

export const FlagCountsSchema = z
  .object({ open: z.number().int(), byCode: z.record(z.string(), z.number().int()) })
  .openapi("FlagCounts");
export type FlagCounts = z.infer<typeof FlagCountsSchema>;

const Note = z.string().trim().max(2000).optional();

export const ResolveFlagSchema = z
  .object({ status: z.enum(["resolved", "dismissed"]), note: Note })
  .openapi("ResolveFlag");
export type ResolveFlag = z.infer<typeof ResolveFlagSchema>;

export const ReviewClaimSchema = z
  .object({
    action: z.enum(["accept", "reject"]).openapi({ description: "accept as correct, or reject as not a claim" }),
    note: Note,
  })
  .openapi("ReviewClaim");
export type ReviewClaim = z.infer<typeof ReviewClaimSchema>;

export const CorrectClaimSchema = z
  .object({
    value: z.number().finite().min(-1e15).max(1e15).optional(),
    unit: z.string().trim().max(20).nullable().optional(),
    subject: z.string().trim().min(1).max(300).optional(),
    dataset: z.string().trim().min(1).max(300).nullable().optional(),
    metric: z.string().trim().min(1).max(100).optional(),
    note: Note,
  })
  .refine(
    (b) =>
      b.value !== undefined ||
      b.unit !== undefined ||
      b.subject !== undefined ||
      b.dataset !== undefined ||
      b.metric !== undefined,
    {
      message: "give at least one of value, unit, subject, dataset, metric",
    },
  )
  .openapi("CorrectClaim");
export type CorrectClaim = z.infer<typeof CorrectClaimSchema>;

// Merging (and splitting, undoing) entities lives in entities.ts; re-exported for older imports.
export { MergeResultSchema } from "./entities.js";

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    actor: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.number().int(),
    before: z.unknown(),
    after: z.unknown(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("AuditEntry");
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const ClaimDetailSchema = ClaimSchema.extend({
  flags: z.array(FlagRefSchema),
  history: z.array(AuditEntrySchema),
}).openapi("ClaimDetail");
export type ClaimDetail = z.infer<typeof ClaimDetailSchema>;
