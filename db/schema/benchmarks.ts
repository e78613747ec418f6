import { integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { datasets } from "./datasets.js";
import { metrics } from "./metrics.js";

/**
 * A dataset variant + metric variant + setting: one leaderboard ranks like with like. The id is a slug
 * fixed at creation so links to it stay valid.
 */
export const benchmarks = pgTable(
  "benchmarks",
  {
    id: text().primaryKey(),
    datasetId: integer()
      .notNull()
      .references(() => datasets.id, { onDelete: "cascade" }),
    metricId: integer()
      .notNull()
      .references(() => metrics.id),
    /** Normalized evaluation setting ("zero-shot", "5-shot", a table's leaf task); "" = as reported. */
    setting: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Bumped whenever a claim of this benchmark changes: caches and ETags key on it. */
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("benchmarks_dataset_metric_setting_uq").on(t.datasetId, t.metricId, t.setting)],
);
