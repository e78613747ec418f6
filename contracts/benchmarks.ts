import { z } from "@hono/zod-openapi";
import { QUALIFIERS } from "../extractors/types.js";
import { DirectionSchema } from "./claims.js";
import { CursorSchema, LimitSchema, listOf, PaperRefSchema } from "./common.js";
import { FlagRefSchema } from "./flags.js";
import { AsOfQuerySchema, AsOfSchema } from "./as-of.js";
import { TierFilterSchema, TierSchema } from "./provenance.js";
import { AS_REPORTED } from "./settings.js";

export const BenchmarkSchema = z
  .object({
    id: z.string().openapi({ example: "imagenet--top-1-accuracy" }),
    dataset: z.string(),
    datasetId: z.number().int(),
    metric: z.string(),
    /** How people write the metric ("Recall@10", "FLOPs"); null when only the stored name is known. */
    metricDisplay: z.string().nullable(),
    /** The dataset family this variant belongs to ("MATH" for "MATH-500"); null when unknown. */
    datasetFamily: z.string().nullable(),
    /** The evaluation setting the board ranks ("zero-shot", a table's task); "" = as reported. */
    setting: z.string(),
    direction: DirectionSchema,
    /** False when the metric came from an imported table and its direction was guessed from its name. */
    directionKnown: z.boolean(),
    unit: z.string().nullable(),
    claimCount: z.number().int(),
    /** Claims of the metric's level (not deltas or factors): what the leaderboard and chart show. */
    absoluteCount: z.number().int(),
    subjectCount: z.number().int(),
    paperCount: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi("Benchmark");
export type Benchmark = z.infer<typeof BenchmarkSchema>;

export const BenchmarkListSchema = listOf(BenchmarkSchema).openapi("BenchmarkList");
export type BenchmarkList = z.infer<typeof BenchmarkListSchema>;

export const BenchmarkQuerySchema = z.object({
  q: z.string().max(200).optional().openapi({ description: "part of the dataset or metric name" }),
  metric: z.string().max(200).optional(),
  dataset: z.string().max(300).optional(),
  family: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .openapi({ description: 'every variant of a dataset family ("MATH": MATH, MATH-500, …)' }),
  setting: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({
      description: `one evaluation setting ("zero-shot", "5-shot", "fine-tuned"); "${AS_REPORTED}" for numbers stated without one`,
    }),
  settingsOf: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "boards of the same dataset variant and metric as this board id: its setting tabs" }),
  minEntries: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(1)
    .openapi({ description: "boards with at least this many subjects" }),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type BenchmarkQuery = z.infer<typeof BenchmarkQuerySchema>;

export const BenchmarkIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "id", in: "path" }, example: "imagenet--top-1-accuracy" }),
});

const EntryScopeSchema = z.enum(["trusted", "all"]).default("trusted").openapi({
  description:
    "trusted (default): imported, reviewed, confidently extracted or reported alike by two papers, and not held by an open out-of-range, infeasible or outlier flag; all: every live claim",
});

export const LeaderboardQuerySchema = z
  .object({
    model: z
      .string()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: "only entries run on this base model (name or alias)" }),
    method: z
      .string()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: "only this method or system, on every model" }),
    entries: EntryScopeSchema.optional(),
    tier: TierFilterSchema.optional(),
  })
  .merge(AsOfQuerySchema);

export const SeriesQuerySchema = z.object({ entries: EntryScopeSchema.optional() }).merge(AsOfQuerySchema);
export type SeriesQuery = z.infer<typeof SeriesQuerySchema>;
export type LeaderboardQuery = z.infer<typeof LeaderboardQuerySchema>;

const LeaderboardEntrySchema = z
  .object({
    rank: z.number().int(),
    subject: z.string(),
    subjectId: z.number().int(),
    /** The base model the system ran on (the subject itself for a plain model); null when not named. */
    model: z.string().nullable(),
    modelId: z.number().int().nullable(),
    /** The setting as the source wrote it ("5-shot, CoT"). */
    condition: z.string().nullable(),
    value: z.number(),
    valueText: z.string().nullable(),
    unit: z.string().nullable(),
    qualifier: z.enum(QUALIFIERS),
    claimId: z.number().int(),
    evidence: z.string(),
    sentence: z.string(),
    paper: PaperRefSchema,
    reviewStatus: z.enum(["accepted", "rejected", "corrected"]).nullable(),
    /** The value as extracted when a reviewer corrected it, else null. */
    originalValue: z.number().nullable(),
    /** Where the number comes from: self, other_paper, imported or reviewed (see ProvenanceTier). */
    tier: TierSchema,
    flags: z.array(FlagRefSchema),
  })
  .openapi("LeaderboardEntry");
export type LeaderboardEntry = z.infer<typeof LeaderboardEntrySchema>;

export const LeaderboardSchema = z
  .object({
    benchmark: BenchmarkSchema,
    entries: z.array(LeaderboardEntrySchema),
    /** True when there were more subjects than the leaderboard lists (500). */
    truncated: z.boolean(),
    /** Which entries were asked for. */
    scope: z.enum(["trusted", "all"]),
    /** Systems that have entries only outside the trusted scope (0 when all were asked for). */
    hidden: z.number().int(),
    /** The moment of a board in the past (?asOf, ?knownAt); absent for the live board. */
    asOf: AsOfSchema.optional(),
  })
  .openapi("Leaderboard");

const SeriesPointSchema = z
  .object({
    claimId: z.number().int(),
    subject: z.string().nullable(),
    subjectId: z.number().int().nullable(),
    value: z.number(),
    valueText: z.string().nullable(),
    unit: z.string().nullable(),
    qualifier: z.enum(QUALIFIERS),
    evidence: z.string(),
    sentence: z.string(),
    paper: PaperRefSchema,
  })
  .openapi("SeriesPoint");
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

export const SeriesSchema = z
  .object({
    benchmark: BenchmarkSchema,
    points: z.array(SeriesPointSchema),
    /** True when the benchmark has more absolute claims than the series carries (5,000). */
    truncated: z.boolean(),
    asOf: AsOfSchema.optional(),
  })
  .openapi("Series");
export type Series = z.infer<typeof SeriesSchema>;
export type Leaderboard = z.infer<typeof LeaderboardSchema>;
