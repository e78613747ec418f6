import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** Models and methods that claims are about. */
export const subjects = pgTable(
  "subjects",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    /** nameKey(name): spellings meet; variant markers and sizes ("+", "*", "7B") keep systems apart. */
    key: text().notNull(),
    /** A bare architecture or placeholder ("LSTM", "ResNet-50"): never one system across papers. */
    generic: boolean().notNull().default(false),
    /** A released model checkpoint that methods run on ("Llama-3-8B"), as opposed to a method. */
    isModel: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("subjects_key_uq").on(t.key),
    // Search matches any part of the name (ILIKE '%q%').
    index("subjects_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
  ],
);
