import { eq, sql } from "drizzle-orm";
import { ingestRuns } from "../db/schema/index.js";
import type { DbOrTx } from "./entities.js";

/**
 * Marks ingest runs that were cut short (kill -9, a crash) as "interrupted". Only safe where no other
 * process can be ingesting: the embedded database, whose data directory this process holds locked.
 * What those runs committed stays: each file is its own transaction.
 */
export async function markInterruptedRuns(db: DbOrTx): Promise<number> {
  const marked = await db
    .update(ingestRuns)
    .set({ status: "interrupted", finishedAt: sql`now()`, error: "the process ended before the run finished; the files it had committed are stored whole" })
    .where(eq(ingestRuns.status, "running"))
    .returning({ id: ingestRuns.id });
  return marked.length;
}
