import { doublePrecision, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

/** Seeded from the metric registry (extractors/metrics.ts) at every start. */
export const metrics = pgTable(
  "metrics",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    direction: text({ enum: ["higher", "lower"] }).notNull(),
    unit: text(),
    min: doublePrecision(),
    max: doublePrecision(),
    description: text().notNull().default(""),
  },
  (t) => [uniqueIndex("metrics_name_uq").on(t.name)],
);
