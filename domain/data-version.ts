import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { dataVersions } from "../db/schema/index.js";
import { perDatabase } from "./per-database.js";

export type DataScope = "claims";

const versionStatement = perDatabase((db) =>
  db.select({ version: dataVersions.version }).from(dataVersions).where(eq(dataVersions.scope, sql.placeholder("scope"))).prepare("data_version"),
);

/**
 * The scope's data version, moved by triggers on every committed write (db/schema/data-versions.ts).
 * Read it before the data it tags: an answer built afterwards is at least as new as the version it is
 * cached under, so a cache keyed by it can only miss, never serve stale rows.
 */
export async function dataVersion(db: Database, scope: DataScope): Promise<string> {
  const [row] = await versionStatement(db).execute({ scope });
  // A database whose migration did not seed the row still answers, just without caching anything.
  return row ? String(row.version) : `none-${Date.now()}-${Math.random()}`;
}
