import { bigint, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Counters that move whenever a scope's data changes, maintained by triggers (migration
 * 0006_data_version_triggers), so every write path counts, whichever process made it. API processes
 * compare a cached answer's counter with this row, one primary-key lookup, before serving it: replicas
 * never serve what the database no longer says.
 *
 * Scope "claims": claims and everything a claim list shows or filters through (papers, subjects,
 * datasets, metrics and their aliases).
 */
export const dataVersions = pgTable("data_versions", {
  scope: text().primaryKey(),
  version: bigint({ mode: "number" }).notNull().default(0),
});
