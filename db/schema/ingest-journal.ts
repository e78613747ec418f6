import { bigint, jsonb, pgTable, text } from "drizzle-orm/pg-core";

/**
 * What the file being ingested on the embedded database has changed so far, row by row (migration
 * 0010_ingest_journal: triggers write it while the transaction-local setting `claimboard.journal` is
 * on). PGlite has one connection, so a large file is stored in short transactions that let reads in
 * between; this journal lets a file that fails, or whose process is killed, be undone whole. It is
 * emptied in the transaction that stores the file's last slice. Never used on a PostgreSQL server,
 * where each file is one transaction.
 */
export const ingestJournal = pgTable("ingest_journal", {
  id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  tableName: text().notNull(),
  op: text({ enum: ["INSERT", "UPDATE", "DELETE"] }).notNull(),
  /** The row before the change (UPDATE, DELETE). */
  old: jsonb(),
  /** The row after the change (INSERT, UPDATE). */
  new: jsonb(),
});
