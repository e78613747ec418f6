import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const datasets = pgTable(
  "datasets",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    /** The identity key (extractors/identity/datasets.ts): spellings of one variant meet, variants never do. */
    key: text().notNull(),
    /** The family this variant belongs to ("MATH" for "MATH-500"); equals the name for a family itself. */
    family: text(),
    familyKey: text(),
    /** What sets the variant apart ("500", "test-clean", "256×256"), and how it relates to its family. */
    variant: text(),
    relation: text({ enum: ["variant of", "subset of", "split of", "version of"] }),
    /** Number of test items when known (AIME 30, HumanEval 164): claims must be feasible on it. */
    testSize: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("datasets_key_uq").on(t.key),
    index("datasets_family_idx").on(t.familyKey),
    // Search matches any part of the name (ILIKE '%q%').
    index("datasets_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
  ],
);
