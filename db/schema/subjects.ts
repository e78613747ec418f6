import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** Models and methods that claims are about. */
export const subjects = pgTable(
  "subjects",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    /** entityKey(name): the key under which spelling variants meet. */
    key: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("subjects_key_uq").on(t.key),
    // Search matches any part of the name (ILIKE '%q%').
    index("subjects_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
  ],
);
