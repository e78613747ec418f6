import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { datasets } from "./datasets.js";

/** Every spelling seen for a dataset ("CIFAR10", "CIFAR-10"). */
export const datasetAliases = pgTable(
  "dataset_aliases",
  {
    aliasKey: text().primaryKey(),
    alias: text().notNull(),
    datasetId: integer()
      .notNull()
      .references(() => datasets.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("dataset_aliases_dataset_idx").on(t.datasetId),
    // Search matches any part of any spelling (ILIKE '%q%').
    index("dataset_aliases_alias_trgm_idx").using("gin", t.alias.op("gin_trgm_ops")),
  ],
);
