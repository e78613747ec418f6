import { z } from "@hono/zod-openapi";
import { QUALIFIERS } from "../extractors/types.js";
import { PaperRefSchema } from "./common.js";
import { BenchmarkRefSchema } from "./subjects.js";

/**
 * Where a number comes from, from the weakest source of independence to the strongest: the paper's own
 * system (self), another system's number a paper quotes or measured (other_paper), a leaderboard table
 * (imported), a person (reviewed: accepted or corrected in review, or entered by hand). Reviewed wins.
 */
export const TIERS = ["self", "other_paper", "imported", "reviewed"] as const;
export const TierSchema = z.enum(TIERS).openapi("ProvenanceTier");
export type Tier = z.infer<typeof TierSchema>;

const TIER_LIST = new RegExp(`^\\s*(?:${TIERS.join("|")})\\s*(?:,\\s*(?:${TIERS.join("|")})\\s*)*$`);

export const TierFilterSchema = z
  .string()
  .max(100)
  .regex(TIER_LIST, `give one or more of ${TIERS.join(", ")}, separated by commas`)
  .openapi({
    description: `only entries of these provenance tiers, comma-separated (${TIERS.join(", ")})`,
    example: "self,imported",
  });

/** The tiers of a validated `tier=` value, each once. */
export function tiersOf(filter: string): Tier[] {
  return TIERS.filter((t) => filter.split(",").some((part) => part.trim() === t));
}

/** A system's best number of one tier on one benchmark. */
const TierBestSchema = z
  .object({
    tier: TierSchema,
    claimId: z.number().int(),
    value: z.number(),
    valueText: z.string().nullable(),
    unit: z.string().nullable(),
    qualifier: z.enum(QUALIFIERS),
    evidence: z.string(),
    paper: PaperRefSchema,
    /** Live claims of this tier for the system here. */
    count: z.number().int(),
  })
  .openapi("TierBest");

const ProvenanceRowSchema = z
  .object({
    benchmark: BenchmarkRefSchema,
    setting: z.string(),
    /** The base model the system ran on; null when none is named. */
    model: z.string().nullable(),
    modelId: z.number().int().nullable(),
    /** One cell per tier that has a number, in TIERS order. */
    tiers: z.array(TierBestSchema),
    /**
     * The self-reported best and a third-party best (other paper, imported, reviewed) are further apart
     * than the flag tolerance and the rounding of the coarser number: the tiers that disagree with self.
     */
    disagreements: z.array(TierSchema),
  })
  .openapi("ProvenanceRow");
export type ProvenanceRow = z.infer<typeof ProvenanceRowSchema>;

export const SubjectProvenanceSchema = z
  .object({
    subjectId: z.number().int(),
    /** Benchmark and base model pairs where the system has numbers of two or more tiers, disagreements first. */
    rows: z.array(ProvenanceRowSchema),
    /** Pairs with numbers of one tier only (not listed). */
    singleTier: z.number().int(),
    /** True when the system had more rows than listed (200). */
    truncated: z.boolean(),
  })
  .openapi("SubjectProvenance");
export type SubjectProvenance = z.infer<typeof SubjectProvenanceSchema>;
