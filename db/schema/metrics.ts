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
  },
  (t) => [uniqueIndex("metrics_name_uq").on(t.name)],
);
