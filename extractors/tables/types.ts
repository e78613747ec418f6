import { z } from "zod";
import type { ParseProblem } from "../types.js";
import { KindSchema, QualifierSchema, UnitSchema } from "../types.js";

/**
 * One reported number from a structured source (a Papers with Code table, a model card's
 * model-index). It is already structured, so it is stored as read and never goes through the text
 * claim extractor.
 *
 * Key of a result: subject + dataset + metric + condition. Splits ("test", "dev", "challenge") live in
 * `condition` as "<split> split", so numbers of different splits never fall together, while the same
 * model/dataset/metric/split reported twice collides and can be flagged as a conflict.
 */
export const TableRecordSchema = z.object({
  paper: z.object({
    /** Never empty: sources without a title get a stable stand-in (see each importer). */
    title: z.string().min(1),
    url: z.string().nullable(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    arxivId: z.string().nullable(),
  }),
  /** Model name as written ("Z-Reader (single model)"). */
  subject: z.string().min(1),
  /** Dataset as written; a subdataset is joined to its parent: "SemEval 2018 / General". */
  dataset: z.string().min(1),
  task: z.string().nullable(),
  /** The metric as the source names it ("TEST-EM"). */
  metricName: z.string().min(1),
  /** Registry name when one fits ("exact match"), else the source's name lowercased ("semeval 2007"). */
  metric: z.string().min(1),
  direction: z.enum(["higher", "lower"]).nullable(),
  value: z.number().finite(),
  unit: UnitSchema.nullable(),
  /** The cell as in the source; a JSON number is written back with String(). */
  rawValue: z.string(),
  qualifier: QualifierSchema,
  /** "test split", "answer", "uses additional data", joined with "; ". */
  condition: z.string().nullable(),
  note: z.string().nullable(),
  /** Tables report levels ("absolute", the default); a re-imported claims export also carries deltas and ratios. */
  kind: KindSchema.optional(),
  /** What a delta or ratio is measured against; tables have none (null, the default). */
  baseline: z.string().nullable().optional(),
  /** File and JSON pointer (RFC 6901) of the cell; for YAML the same pointer syntax over the parsed tree. */
  source: z.object({ file: z.string(), pointer: z.string() }),
});
export type TableRecord = z.infer<typeof TableRecordSchema>;

/** Why a cell was not imported. A small fixed set, so tests and reports can count per reason. */
export const REJECT_REASONS = {
  EMPTY_VALUE: "empty cell",
  DASH_VALUE: "dash: no result reported",
  UNKNOWN_VALUE: "placeholder for an unknown value (?, n/a)",
  NOT_A_NUMBER: "text in a value slot",
  MULTIPLE_VALUES: "several numbers in one cell",
  NON_FINITE: "not a finite number",
  WRONG_TYPE: "value is not a number or a string",
  NO_MODEL_NAME: "row names neither a model nor a paper",
  ANONYMOUS_MODEL: "placeholder model name (Anonymous, Unnamed System) and no paper",
} as const;
export type RejectReason = keyof typeof REJECT_REASONS;
const RejectReasonSchema = z.enum(Object.keys(REJECT_REASONS) as [RejectReason, ...RejectReason[]]);

const RejectedCellSchema = z.object({
  pointer: z.string(),
  reason: RejectReasonSchema,
  rawValue: z.string().nullable(),
});
export type RejectedCell = z.infer<typeof RejectedCellSchema>;

const TABLE_FORMATS = ["pwc", "arxiv-atom", "arxiv-snapshot", "model-index"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/**
 * Cells that hold no usable number are `rejected` (counted per reason); parts of the file that are not
 * shaped as the format says are `problems` (with a pointer in `where`), and the walk goes on.
 */
export interface TableParseResult {
  format: TableFormat;
  records: TableRecord[];
  rejected: RejectedCell[];
  problems: ParseProblem[];
}

export function countByReason(rejected: readonly RejectedCell[]): Partial<Record<RejectReason, number>> {
  const out: Partial<Record<RejectReason, number>> = {};
  for (const r of rejected) out[r.reason] = (out[r.reason] ?? 0) + 1;
  return out;
}

/** RFC 6901 escaping of one pointer segment. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}
