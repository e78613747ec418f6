import { z } from "zod";
import { QualifierSchema, UnitSchema } from "../types.js";

/**
 * One reported number from a table (Papers with Code, a model card): already structured, so it is
 * stored as it is and never run through the text extractor.
 */
export const TableRecordSchema = z.object({
  paper: z.object({
    title: z.string().min(1),
    url: z.string().nullable(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    arxivId: z.string().nullable(),
  }),
  subject: z.string().min(1),
  dataset: z.string().min(1),
  task: z.string().nullable(),
  /** The metric as the source names it ("TEST-EM"). */
  metricName: z.string().min(1),
  /** Canonical registry name when one fits exactly, else the source's name normalized. */
  metric: z.string().min(1),
  direction: z.enum(["higher", "lower"]).nullable(),
  value: z.number().finite(),
  unit: UnitSchema.nullable(),
  /** The cell exactly as in the source. */
  rawValue: z.string(),
  qualifier: QualifierSchema,
  /** Split or setting: "test", "dev", "uses additional data". */
  condition: z.string().nullable(),
  note: z.string().nullable(),
  /** File and JSON pointer (or YAML path) of the cell. */
  source: z.object({ file: z.string(), pointer: z.string() }),
});
export type TableRecord = z.infer<typeof TableRecordSchema>;

/** Why a cell was not imported; a small fixed set, so imports can be counted per reason. */
export const REJECT_REASONS = {
  EMPTY_VALUE: "empty cell",
  DASH_VALUE: "dash: no result reported",
  NOT_A_NUMBER: "not a number (text in a value slot)",
  MULTIPLE_VALUES: "several numbers in one cell",
  NON_FINITE: "not a finite number",
  NO_MODEL_NAME: "row without a model name",
  BAD_STRUCTURE: "unexpected structure",
} as const;
export type RejectReason = keyof typeof REJECT_REASONS;

export interface Rejected {
  pointer: string;
  reason: RejectReason;
  rawValue: string | null;
}

export interface TableParseResult {
  format: string;
  records: TableRecord[];
  rejected: Rejected[];
}
