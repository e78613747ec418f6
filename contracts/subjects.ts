import { z } from "@hono/zod-openapi";
import { QUALIFIERS } from "../extractors/types.js";
import { ClaimSchema, DirectionSchema } from "./claims.js";
import { CursorSchema, LimitSchema, listOf, PaperRefSchema } from "./common.js";
import { FlagRefSchema } from "./flags.js";

/** A benchmark as a header of a group or a row of a comparison: no counts. */
export const BenchmarkRefSchema = z
  .object({
    id: z.string(),
    dataset: z.string(),
    metric: z.string(),
    direction: DirectionSchema,
    directionKnown: z.boolean(),
    unit: z.string().nullable(),
  })
  .openapi("BenchmarkRef");
export type BenchmarkRef = z.infer<typeof BenchmarkRefSchema>;

const SubjectSummarySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    claimCount: z.number().int(),
    benchmarkCount: z.number().int(),
    paperCount: z.number().int(),
  })
  .openapi("SubjectSummary");
export type SubjectSummary = z.infer<typeof SubjectSummarySchema>;

export const SubjectListSchema = listOf(SubjectSummarySchema).openapi("SubjectList");
export type SubjectList = z.infer<typeof SubjectListSchema>;

export const SubjectQuerySchema = z.object({
  q: z.string().max(200).optional().openapi({ description: "part of the subject's name or of one of its spellings" }),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type SubjectQuery = z.infer<typeof SubjectQuerySchema>;

/** A claim about the subject, with the open flags on it (for badges). */
const SubjectClaimSchema = ClaimSchema.extend({ flags: z.array(FlagRefSchema) }).openapi("SubjectClaim");
export type SubjectClaim = z.infer<typeof SubjectClaimSchema>;

/** The subject's best absolute claim on a benchmark, chosen and ranked exactly as the leaderboard does. */
const BestClaimSchema = z
  .object({
    claimId: z.number().int(),
    value: z.number(),
    valueText: z.string().nullable(),
    unit: z.string().nullable(),
    qualifier: z.enum(QUALIFIERS),
    paper: PaperRefSchema,
    /** Rank on the benchmark's leaderboard (ties rank alike). */
    rank: z.number().int(),
    /** Subjects on that leaderboard. */
    entrants: z.number().int(),
  })
  .openapi("BestClaim");
export type BestClaim = z.infer<typeof BestClaimSchema>;

const SubjectBenchmarkGroupSchema = z
  .object({
    benchmark: BenchmarkRefSchema,
    /** Null when the subject has no live absolute claim here (only deltas, ratios or rejected claims). */
    best: BestClaimSchema.nullable(),
    /** Distinct live absolute values reported for the subject here, and by how many papers. */
    distinctValues: z.number().int(),
    paperCount: z.number().int(),
    /** True when different papers report different absolute values for the subject on this benchmark. */
    papersDisagree: z.boolean(),
    /** Every claim about the subject on the benchmark (absolute, delta, ratio; rejected ones included), oldest paper first. */
    claims: z.array(SubjectClaimSchema),
  })
  .openapi("SubjectBenchmarkGroup");
export type SubjectBenchmarkGroup = z.infer<typeof SubjectBenchmarkGroupSchema>;

/** A method reported on a model, or a model a method was run on, with how much is reported for the pair. */
const PairedSubjectSchema = z
  .object({ id: z.number().int(), name: z.string(), claimCount: z.number().int(), benchmarkCount: z.number().int() })
  .openapi("PairedSubject");
export type PairedSubject = z.infer<typeof PairedSubjectSchema>;

export const SubjectDetailSchema = SubjectSummarySchema.extend({
  /** Every spelling seen for the subject. */
  aliases: z.array(z.string()),
  /** A released model checkpoint (methods run on it), as opposed to a method. */
  isModel: z.boolean(),
  /** A bare architecture or placeholder name ("LSTM", "ResNet-50"): its numbers come from unrelated systems. */
  generic: z.boolean(),
  /** Methods whose numbers were measured on this model, most claims first. */
  methodsOnIt: z.array(PairedSubjectSchema),
  /** Base models this method was run on, most claims first. */
  runsOn: z.array(PairedSubjectSchema),
  /** Benchmarks the subject has claims on, most claims first. */
  benchmarks: z.array(SubjectBenchmarkGroupSchema),
  /** Claims about the subject with no benchmark (no dataset named). */
  otherClaims: z.array(SubjectClaimSchema),
  /** True when the subject has more claims than the answer carries (2,000). */
  truncated: z.boolean(),
}).openapi("SubjectDetail");
export type SubjectDetail = z.infer<typeof SubjectDetailSchema>;

export const CompareQuerySchema = z.object({
  subjects: z
    .string()
    .max(200)
    .regex(/^\s*\d{1,10}\s*(,\s*\d{1,10}\s*){1,4}$/, "give 2 to 5 subject ids separated by commas, e.g. 1,2,3")
    .openapi({ description: "2 to 5 subject ids, comma-separated", example: "1,2" }),
});
export type CompareQuery = z.infer<typeof CompareQuerySchema>;

const CompareCellSchema = z
  .object({ subjectId: z.number().int(), best: BestClaimSchema.nullable() })
  .openapi("CompareCell");

const CompareRowSchema = z
  .object({
    benchmark: BenchmarkRefSchema,
    /** One cell per compared subject, in the order of `subjects`. */
    cells: z.array(CompareCellSchema),
    /** The compared subjects with the best value here, in the metric's direction (several on a tie). */
    leaders: z.array(z.number().int()),
  })
  .openapi("CompareRow");
export type CompareRow = z.infer<typeof CompareRowSchema>;

export const CompareSchema = z
  .object({
    subjects: z.array(SubjectSummarySchema),
    /** Benchmarks where at least two of the subjects report an absolute value; most subjects first. */
    benchmarks: z.array(CompareRowSchema),
    truncated: z.boolean(),
  })
  .openapi("Compare");
export type Compare = z.infer<typeof CompareSchema>;
