import { z } from "@hono/zod-openapi";
import { SOURCE_FORMATS } from "../extractors/sources/index.js";

export const IngestQuerySchema = z.object({
  format: z
    .enum(SOURCE_FORMATS)
    .optional()
    .openapi({ description: "detected from the file name and content when omitted" }),
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\\u0000]+$/, "a file name, not a path")
    .refine((n) => n !== "." && n !== "..", "a file name, not a path")
    .default("upload")
    .openapi({ description: "the uploaded file's name, kept as provenance and used to detect the format" }),
  source: z.string().trim().min(1).max(200).optional().openapi({
    description:
      "your id for what this file is (a leaderboard export, a model card): a later upload under the same id updates its cells and removes the ones it no longer has; without it, nothing is ever removed",
  }),
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

export const IngestSummarySchema = z
  .object({
    runId: z.number().int().nullable(),
    files: z.array(z.string()),
    extractor: z.string(),
    dryRun: z.boolean(),
    papersSeen: z.number().int(),
    papersNew: z.number().int(),
    papersUpdated: z.number().int(),
    papersUnchanged: z.number().int(),
    claimsInserted: z.number().int(),
    claimsUpdated: z.number().int(),
    claimsRemoved: z.number().int(),
    claimsStored: z.number().int(),
    problems: z.array(
      z.object({
        file: z.string(),
        line: z.number().int().nullable(),
        reason: z.string(),
        where: z.string().optional(),
      }),
    ),
    problemCounts: z.record(z.string(), z.number().int()),
  })
  .openapi("IngestSummary");
