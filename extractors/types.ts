import { z } from "zod";

/** A paper as a source parser yields it: no ids, nothing from the database. */
export const PaperSchema = z.object({
  title: z.string().min(1),
  abstract: z.string(),
  /** ISO date (YYYY-MM-DD) when the source states one. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  url: z.string().nullable().default(null),
  arxivId: z.string().nullable().default(null),
  /** Where the paper came from, for provenance and error messages. */
  source: z.object({ file: z.string(), line: z.number().int().nonnegative().nullable() }),
});
export type Paper = z.infer<typeof PaperSchema>;

const UNITS = [
  "%",
  "x",
  "pp",
  "K",
  "M",
  "B",
  "T",
  "ms",
  "s",
  "min",
  "h",
  "days",
  "KB",
  "MB",
  "GB",
  "TB",
  "tokens/s",
  "FPS",
  "dB",
] as const;
export const UnitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof UnitSchema>;

export const KINDS = ["absolute", "delta", "ratio"] as const;
export const KindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof KindSchema>;

export const QUALIFIERS = ["exact", "up_to", "average", "at_least", "more_than", "less_than", "approx"] as const;
export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** One claim, with the fields of claims-gold/GUIDELINES.md plus provenance of the span. */
export const ClaimSchema = z.object({
  value: z.number().finite(),
  unit: UnitSchema.nullable(),
  /** Canonical metric name from the metric registry (lowercase). */
  metric: z.string().min(1),
  kind: KindSchema,
  qualifier: QualifierSchema,
  subject: z.string().nullable(),
  dataset: z.string().nullable(),
  baseline: z.string().nullable(),
  condition: z.string().nullable(),
  /**
   * The base model / backbone the subject (method) was run on, as written ("Llama 3 8B"); null or
   * absent when the text names none or when the subject itself is the model.
   */
  model: z.string().nullable().optional(),
  /**
   * Whose number the text says it is: "other" when it belongs to another system than the one the sentence
   * reports on (a baseline's "compared to the original 81.8%", a compared model's "ConvNext-B (91.92%)", the
   * start of "from 54.0% to 66.1%"), "own" otherwise; absent when the extractor does not tell.
   */
  attribution: z.enum(["own", "other"]).optional(),
  /** Shortest exact substring of the abstract holding the number and its metric. */
  evidence: z.string(),
  /** Character offsets of `evidence` in the abstract: abstract.slice(start, end) === evidence. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 0..1: how sure the extractor is; low values go to review. */
  confidence: z.number().min(0).max(1),
});
export type Claim = z.infer<typeof ClaimSchema>;

export interface PaperText {
  title: string;
  abstract: string;
}

/** Every claim extractor (rule-based, LLM-backed, ...) has this shape. */
export interface ClaimExtractor {
  readonly name: string;
  readonly version: string;
  extract(paper: PaperText): Claim[] | Promise<Claim[]>;
}

/** A source parser failed on part of its input: reported, never thrown past the parser. */
export interface ParseProblem {
  line: number | null;
  reason: string;
  /** Where inside a structured file (a JSON pointer), when a line number says nothing. */
  where?: string;
}
