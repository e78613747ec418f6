import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { benchmarks } from "./benchmarks.js";
import { datasets } from "./datasets.js";
import { metrics } from "./metrics.js";
import { papers } from "./papers.js";
import { subjects } from "./subjects.js";

export interface OriginalClaim {
  value: number;
  unit: string | null;
  metric: string;
  subject: string | null;
  dataset: string | null;
  model?: string | null;
  condition?: string | null;
}

export const claims = pgTable(
  "claims",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    paperId: integer()
      .notNull()
      .references(() => papers.id, { onDelete: "cascade" }),
    /** The system the number is about: the method, or the model when no method is named. */
    subjectId: integer().references(() => subjects.id),
    /** The base model a method ran on ("EORM with Llama 3 8B" -> Llama-3-8B); null when none is named. */
    modelId: integer().references(() => subjects.id),
    datasetId: integer().references(() => datasets.id),
    metricId: integer()
      .notNull()
      .references(() => metrics.id),
    /** Denormalized from dataset + metric so a leaderboard reads one index range. */
    benchmarkId: text().references(() => benchmarks.id),
    value: doublePrecision().notNull(),
    /** The number as written ("2.10"), to show the precision the paper stated; null when written in words. */
    valueText: text(),
    unit: text(),
    kind: text({ enum: ["absolute", "delta", "ratio"] }).notNull(),
    qualifier: text({ enum: ["exact", "up_to", "average", "at_least", "more_than", "less_than", "approx"] }).notNull(),
    /** Names as the source wrote them; the ids above point at the normalized entities. */
    subjectText: text(),
    modelText: text(),
    datasetText: text(),
    baseline: text(),
    condition: text(),
    /** normalizeSetting(condition, task, split): part of the benchmark key, so boards compare like with like. */
    setting: text().notNull().default(""),
    evidence: text().notNull(),
    /** The whole sentence around the evidence, for tooltips and for rules that read the wording ("state of the art"). */
    sentence: text().notNull().default(""),
    evidenceStart: integer().notNull(),
    evidenceEnd: integer().notNull(),
    confidence: real().notNull(),
    sourceKind: text({ enum: ["text", "table", "manual"] })
      .notNull()
      .default("text"),
    /**
     * Text claims: whose number the extractor read it as, "other" for another system's number the paper quotes
     * or measured (a baseline's); null for tables, hand entries, and rows extracted before it was recorded.
     */
    attribution: text({ enum: ["own", "other"] }),
    /** Where the number came from: the file or URL, and for tables the JSON pointer or YAML path inside it. */
    sourceRef: text(),
    /**
     * Which source a table cell belongs to: a caller-given id, or what the file is about (the model of a
     * model card). Cells gone from a re-import are removed only within the same source; null: never removed.
     */
    sourceId: text(),
    extractor: text().notNull(),
    extractorVersion: text().notNull(),
    /**
     * Text claims: hash of extractor, sentence text, value, unit and metric, so an edit elsewhere in the abstract
     * keeps the row. Table cells: hash of the importer, the source and the cell's content key (task, dataset,
     * model, column), never a bare file name.
     */
    fingerprint: text().notNull(),
    /** The values as first extracted or imported; reviews change the columns above, never this. */
    original: jsonb().$type<OriginalClaim>().notNull(),
    reviewStatus: text({ enum: ["accepted", "rejected", "corrected"] }),
    reviewedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("claims_paper_fingerprint_uq").on(t.paperId, t.fingerprint),
    // Leaderboards: best value per subject inside one benchmark.
    index("claims_benchmark_subject_value_idx").on(t.benchmarkId, t.subjectId, t.value),
    index("claims_metric_idx").on(t.metricId, t.id),
    index("claims_dataset_idx").on(t.datasetId, t.id),
    // The claims list filtered by dataset and metric together, in id order for keyset paging.
    index("claims_dataset_metric_idx").on(t.datasetId, t.metricId, t.id),
    index("claims_subject_idx").on(t.subjectId, t.id),
    index("claims_model_idx").on(t.modelId, t.id),
    index("claims_source_id_idx").on(t.sourceId),
    check("claims_evidence_span_ck", sql`${t.evidenceEnd} >= ${t.evidenceStart}`),
  ],
);
