import type { Database } from "../db/client.js";
import { localChanges } from "./local-changes.js";
import { dataStampNow } from "./version-reads.js";

/**
 * What a whole cached answer is stamped with, read before it is built: while the stamp stands, nothing it
 * shows has changed. On the embedded database, this process's count of commits (no query); on PostgreSQL,
 * the data versions, read in the query shared by the reads of the moment. Null: nothing can be cached.
 */
export function cacheStamp(db: Database): string | Promise<string | null> {
  const generation = localChanges(db).generation;
  return generation !== null ? `local-${generation}` : dataStampNow(db);
}
