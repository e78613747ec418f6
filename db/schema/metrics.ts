import { boolean, doublePrecision, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

/** Seeded from the metric registry (extractors/metrics.ts) at every start. */
export const metrics = pgTable(
  "metrics",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    direction: text({ enum: ["higher", "lower"] }).notNull(),
    /** False for metrics first seen in an imported table whose direction had to be guessed. */
    directionKnown: boolean().notNull().default(true),
    unit: text(),
    min: doublePrecision(),
    max: doublePrecision(),
    description: text().notNull().default(""),
    /** The family a variant belongs to ("recall" for "recall@10"); equals the name for a family. */
    family: text(),
    /** How people write it ("Recall@10", "FLOPs", "mIoU"). */
    display: text(),
    /** "fraction" (0-1) or "percent" (0-100) for proportions; null otherwise. */
    scale: text({ enum: ["fraction", "percent"] }),
  },
  (t) => [uniqueIndex("metrics_name_uq").on(t.name)],
);
