import { inArray, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { datasetAliases, metrics, subjectAliases } from "../db/schema/index.js";
import { lookupMetricAlias, metricByName } from "../extractors/metrics.js";
import { resolveDataset } from "../extractors/identity/datasets.js";
import { nameKey } from "../extractors/identity/name-key.js";
import { systemIdentity } from "../extractors/identity/systems.js";

/** A dataset name or alias as a user typed it -> dataset id, or null when nothing is called that. */
export async function resolveDatasetId(db: Database, name: string): Promise<number | null> {
  const keys = datasetKeys(name);
  if (!keys.length) return null;
  const [row] = await db
    .select({ id: datasetAliases.datasetId })
    .from(datasetAliases)
    .where(inArray(datasetAliases.aliasKey, keys))
    .limit(1);
  return row?.id ?? null;
}

export async function resolveSubjectId(db: Database, name: string): Promise<number | null> {
  const keys = subjectKeys(name);
  if (!keys.length) return null;
  const [row] = await db
    .select({ id: subjectAliases.subjectId })
    .from(subjectAliases)
    .where(inArray(subjectAliases.aliasKey, keys))
    .limit(1);
  return row?.id ?? null;
}

/** "PPL", "Perplexity" and "perplexity" all name the canonical metric "perplexity". */
export function resolveMetricName(name: string): string {
  return metricByName(name.toLowerCase())?.name ?? lookupMetricAlias(name)?.name ?? name.toLowerCase();
}

/** The alias keys a dataset or subject name may be stored under: its identity key, or its spelling's. */
export function datasetKeys(name: string): string[] {
  return [...new Set([resolveDataset(name).key, nameKey(name)])].filter(Boolean);
}

export function subjectKeys(name: string): string[] {
  return [...new Set([systemIdentity(name).key, nameKey(name)])].filter(Boolean);
}

/**
 * The same look-ups as SQL subqueries, to fold into the query that uses them: one round trip instead
 * of three. They take the keys (datasetKeys/subjectKeys, one array parameter) or the resolved metric
 * name, as `sql.param(…)` or a prepared statement's placeholder. A name that matches nothing gives
 * NULL, so the outer filter matches no row.
 */
export function datasetIdSql(keys: SQLWrapper): SQL {
  return sql`(select ${datasetAliases.datasetId} from ${datasetAliases} where ${datasetAliases.aliasKey} = any(${keys}::text[]) limit 1)`;
}

export function subjectIdSql(keys: SQLWrapper): SQL {
  return sql`(select ${subjectAliases.subjectId} from ${subjectAliases} where ${subjectAliases.aliasKey} = any(${keys}::text[]) limit 1)`;
}

export function metricIdSql(resolvedName: SQLWrapper): SQL {
  return sql`(select ${metrics.id} from ${metrics} where ${metrics.name} = ${resolvedName})`;
}
