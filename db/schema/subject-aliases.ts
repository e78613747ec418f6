import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { subjects } from "./subjects.js";

/** Every spelling seen for a subject ("LLaMA-7B", "LLaMA 7B"); merging two subjects re-points aliases. */
export const subjectAliases = pgTable(
  "subject_aliases",
  {
    aliasKey: text().primaryKey(),
    alias: text().notNull(),
    subjectId: integer()
      .notNull()
      .references(() => subjects.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("subject_aliases_subject_idx").on(t.subjectId),
    // Search matches any part of any spelling (ILIKE '%q%').
    index("subject_aliases_alias_trgm_idx").using("gin", t.alias.op("gin_trgm_ops")),
  ],
);
