import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const datasets = pgTable(
  "datasets",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    /** entityKey(name): the key under which spelling variants meet. */
    key: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("datasets_key_uq").on(t.key),
    // Search matches any part of the name (ILIKE '%q%').
    index("datasets_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
  ],
);
