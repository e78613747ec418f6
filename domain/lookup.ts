import { inArray } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { datasetAliases, subjectAliases } from "../db/schema/index.js";
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
