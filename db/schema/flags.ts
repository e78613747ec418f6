import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { benchmarks } from "./benchmarks.js";
import { papers } from "./papers.js";

export const FLAG_CODES = [
  "CONFLICT",
  "SCALE_MISMATCH",
  "OUT_OF_RANGE",
  "SOTA_CONTRADICTED",
  "INTERNAL",
  "LOW_CONFIDENCE",
  "DUPLICATE",
  "INFEASIBLE",
  "OUTLIER",
  "NAME_CLASH",
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];
export const FLAG_SEVERITIES = ["high", "medium", "low"] as const;
export const FLAG_STATUSES = ["open", "resolved", "dismissed"] as const;

/** Something that does not add up, derived from the claims and recomputed when they change. */
export const flags = pgTable(
  "flags",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text({ enum: FLAG_CODES }).notNull(),
    severity: text({ enum: FLAG_SEVERITIES }).notNull(),
    status: text({ enum: FLAG_STATUSES }).notNull().default("open"),
    /** What the rule looked at (code + benchmark + subject + condition, or code + claim): recomputing finds the same flag again. */
    scopeKey: text().notNull(),
    /** Recompute scopes: a flag belongs to a benchmark, a paper, or both. */
    benchmarkId: text().references(() => benchmarks.id, { onDelete: "cascade" }),
    paperId: integer().references(() => papers.id, { onDelete: "cascade" }),
    explanation: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: text(),
    resolutionNote: text(),
  },
  (t) => [
    uniqueIndex("flags_scope_key_uq").on(t.scopeKey),
    // The review queue: open flags of a code, newest first.
    index("flags_status_code_idx").on(t.status, t.code, t.id),
    index("flags_benchmark_idx").on(t.benchmarkId),
    index("flags_paper_idx").on(t.paperId),
  ],
);
