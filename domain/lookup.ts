import { inArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { datasetAliases, metrics, subjectAliases } from "../db/schema/index.js";
import { lookupMetricAlias, metricByName } from "../extractors/metrics.js";
import { canonicalDatasetName, canonicalSubjectName, entityKey } from "../extractors/names.js";

/** A dataset name or alias as a user typed it -> dataset id, or null when nothing is called that. */
export async function resolveDatasetId(db: Database, name: string): Promise<number | null> {
  const keys = [...new Set([entityKey(name), entityKey(canonicalDatasetName(name))])].filter(Boolean);
  if (!keys.length) return null;
  const [row] = await db.select({ id: datasetAliases.datasetId }).from(datasetAliases).where(inArray(datasetAliases.aliasKey, keys)).limit(1);
  return row?.id ?? null;
}

export async function resolveSubjectId(db: Database, name: string): Promise<number | null> {
  const keys = [...new Set([entityKey(name), entityKey(canonicalSubjectName(name))])].filter(Boolean);
  if (!keys.length) return null;
  const [row] = await db.select({ id: subjectAliases.subjectId }).from(subjectAliases).where(inArray(subjectAliases.aliasKey, keys)).limit(1);
  return row?.id ?? null;
}

/** "PPL", "Perplexity" and "perplexity" all name the canonical metric "perplexity". */
export function resolveMetricName(name: string): string {
  return metricByName(name.toLowerCase())?.name ?? lookupMetricAlias(name)?.name ?? name.toLowerCase();
}

/**
 * The same look-ups as SQL subqueries, to fold into the query that uses them: one round trip instead
 * of three. A name that matches nothing gives NULL, so the outer filter matches no row.
 */
export function datasetIdSql(name: string): SQL {
  const keys = [...new Set([entityKey(name), entityKey(canonicalDatasetName(name))])].filter(Boolean);
  return sql`(select ${datasetAliases.datasetId} from ${datasetAliases} where ${datasetAliases.aliasKey} = any(${sql.param(keys)}::text[]) limit 1)`;
}

export function subjectIdSql(name: string): SQL {
  const keys = [...new Set([entityKey(name), entityKey(canonicalSubjectName(name))])].filter(Boolean);
  return sql`(select ${subjectAliases.subjectId} from ${subjectAliases} where ${subjectAliases.aliasKey} = any(${sql.param(keys)}::text[]) limit 1)`;
}

export function metricIdSql(name: string): SQL {
  return sql`(select ${metrics.id} from ${metrics} where ${metrics.name} = ${resolveMetricName(name)})`;
}
