import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export interface IngestProblem {
  file: string;
  line: number | null;
  reason: string;
  where?: string;
}

export const ingestRuns = pgTable("ingest_runs", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp({ withTimezone: true }),
  /** "interrupted": the process ended mid-run (marked at the next start, see domain/interrupted-runs.ts). */
  status: text({ enum: ["running", "succeeded", "failed", "interrupted"] })
    .notNull()
    .default("running"),
  files: jsonb().$type<string[]>().notNull(),
  extractor: text().notNull(),
  papersNew: integer().notNull().default(0),
  papersUpdated: integer().notNull().default(0),
  papersUnchanged: integer().notNull().default(0),
  claimsInserted: integer().notNull().default(0),
  claimsRemoved: integer().notNull().default(0),
  problems: jsonb().$type<IngestProblem[]>().notNull().default([]),
  error: text(),
  /**
   * On a PostgreSQL server, a running ingest renews this every few seconds: a "running" run whose heartbeat
   * stopped died with its process (kill -9), whichever host it ran on, and is marked interrupted.
   */
  heartbeatAt: timestamp({ withTimezone: true }),
});
