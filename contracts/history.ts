import { z } from "@hono/zod-openapi";
import { DaySchema, MomentSchema } from "./as-of.js";
import { CursorSchema, LimitSchema, PaperRefSchema } from "./common.js";
import { EmbedUrlsSchema } from "./embed-urls.js";

export const BoardChangesQuerySchema = z.object({
  since: MomentSchema.openapi({
    description: "changes at or after this moment: YYYY-MM-DD (the start of that day, UTC) or an ISO timestamp",
    example: "2026-12-01",
  }),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type BoardChangesQuery = z.infer<typeof BoardChangesQuerySchema>;

const CHANGE_KINDS = ["entry_added", "review", "identity", "flag", "source"] as const;

/** A claim's visible state before or after a review, as its audit row recorded it. */
const ClaimStateSchema = z.object({
  value: z.number().nullable(),
  unit: z.string().nullable(),
  reviewStatus: z.string().nullable(),
  benchmarkId: z.string().nullable(),
});

const BoardChangeSchema = z
  .object({
    /** entry_added: a claim stored; review: accepted, rejected or corrected; identity: a merge, split or undo moved claims of the board; flag: a flag resolved or dismissed; source: an import saw the source change under a reviewed claim. */
    kind: z.enum(CHANGE_KINDS),
    /** claim.added, or the audit row's action (claim.correct, subject.merge, flag.dismissed, …). */
    action: z.string(),
    at: z.string(),
    /** What changed, in words. */
    summary: z.string(),
    claimId: z.number().int().nullable(),
    auditId: z.number().int().nullable(),
    actor: z.string().nullable(),
    note: z.string().nullable(),
    /** The claim's system and number as they stand now (null for edits that are not about one claim). */
    subject: z.string().nullable(),
    value: z.number().nullable(),
    valueText: z.string().nullable(),
    unit: z.string().nullable(),
    paper: PaperRefSchema.nullable(),
    before: ClaimStateSchema.nullable(),
    after: ClaimStateSchema.nullable(),
  })
  .openapi("BoardChange");
export type BoardChange = z.infer<typeof BoardChangeSchema>;

export const BoardChangesSchema = z
  .object({
    benchmarkId: z.string(),
    since: z.string(),
    items: z.array(BoardChangeSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi("BoardChanges");
export type BoardChanges = z.infer<typeof BoardChangesSchema>;

export const EmbedPinRequestSchema = z
  .object({
    benchmarkId: z
      .string()
      .regex(/^[a-z0-9-]{1,200}$/)
      .openapi({ example: "imagenet-256x256--fid" }),
    asOf: DaySchema.optional().openapi({
      description: "pin the board as of this day (papers dated on or before it); default: the board as it stands",
    }),
  })
  .strict()
  .openapi("EmbedPinRequest");

export const EmbedPinSchema = z
  .object({
    id: z.string(),
    benchmarkId: z.string(),
    asOf: z.string().nullable(),
    /** When the board's data last changed before it was pinned. */
    dataVersion: z.string(),
    createdAt: z.string(),
    /** The pinned embed in every form (iframe page, SVG, PNG, oEmbed); signed when the server requires signatures. */
    links: EmbedUrlsSchema,
  })
  .openapi("EmbedPin");
export type EmbedPin = z.infer<typeof EmbedPinSchema>;
