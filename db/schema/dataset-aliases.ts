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
  (t) => [index("dataset_aliases_dataset_idx").on(t.datasetId)],
);
