import type { Database } from "../db/client.js";
import { claimsVersionNow } from "./version-reads.js";

export type DataScope = "claims";

// Read together with the other version reads of the moment (domain/version-reads.ts).
const READERS: Record<DataScope, (db: Database) => Promise<string>> = { claims: claimsVersionNow };

/**
 * The scope's data version, moved by triggers on every committed write (db/schema/data-versions.ts).
 * Read it before the data it tags: an answer built afterwards is at least as new as the version it is
 * cached under, so a cache keyed by it can only miss, never serve stale rows.
 */
export async function dataVersion(db: Database, scope: DataScope): Promise<string> {
  return READERS[scope](db);
}
