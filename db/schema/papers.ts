import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const papers = pgTable(
  "papers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    /** Lowercased title with punctuation and spaces removed: the same paper from two pages is one row. */
    titleKey: text().notNull(),
    abstract: text().notNull(),
    date: date({ mode: "string" }),
    url: text(),
    arxivId: text(),
    sourceFile: text().notNull(),
    /** sha256 of title + abstract: tells an unchanged re-ingest from an updated paper. */
    contentHash: text().notNull(),
    /** `extractor@version` whose claims are stored; a new extractor version re-extracts. */
    extractedWith: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("papers_title_key_uq").on(t.titleKey),
    // Lists are ordered newest first with the id as tie-breaker for keyset pagination.
    index("papers_date_id_idx").on(t.date, t.id),
    // Title words are matched anywhere (ILIKE '%word%'): only a trigram index serves that.
    index("papers_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
  ],
);
