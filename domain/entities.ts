import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { benchmarks, datasetAliases, datasets, metrics, subjectAliases, subjects } from "../db/schema/index.js";
import { METRICS } from "../extractors/metrics.js";
import { entityKey } from "../extractors/names.js";
import { benchmarkSlug } from "./slug.js";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;

/** Upserts the metric registry into `metrics`; returns name -> id. Cheap enough to run at every start. */
export async function seedMetrics(db: DbOrTx): Promise<Map<string, number>> {
  await db
    .insert(metrics)
    .values(
      METRICS.map((m) => ({
        name: m.name,
        direction: m.direction,
        unit: m.unit,
        min: m.min,
        max: m.max,
        description: m.description,
      })),
    )
    .onConflictDoUpdate({
      target: metrics.name,
      set: {
        direction: sql`excluded.direction`,
        unit: sql`excluded.unit`,
        min: sql`excluded.min`,
        max: sql`excluded.max`,
        description: sql`excluded.description`,
      },
    });
  return metricIds(db);
}

// Words that mark a lower-is-better metric, for names the registry does not know.
const LOWER_IS_BETTER = /error|loss|latency|time|cost|memory|regret|wer|cer|mse|mae|nmve|volume|perplexity|distance|violation|overhead/i;

/**
 * Metrics that the registry lacks (the guidelines allow a new name when none fits) are added with a
 * guessed direction, marked as guessed so the dashboard can say so.
 */
export async function ensureMetrics(
  db: DbOrTx,
  names: Iterable<string>,
  known: Map<string, number>,
  /** Directions a source states or implies for some of the names. */
  directions: Map<string, "higher" | "lower" | null> = new Map(),
): Promise<Map<string, number>> {
  const missing = [...new Set(names)].filter((n) => !known.has(n) && n.length > 0 && n.length <= 100);
  if (missing.length === 0) return known;
  await db
    .insert(metrics)
    .values(
      missing.map((name) => ({
        name,
        direction: directions.get(name) ?? (LOWER_IS_BETTER.test(name) ? ("lower" as const) : ("higher" as const)),
        directionKnown: false,
      })),
    )
    .onConflictDoNothing();
  return metricIds(db);
}

export async function metricIds(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db.select({ id: metrics.id, name: metrics.name }).from(metrics);
  return new Map(rows.map((r) => [r.name, r.id]));
}

const ENTITY_TABLES = {
  subject: { table: subjects, aliases: subjectAliases, fk: subjectAliases.subjectId },
  dataset: { table: datasets, aliases: datasetAliases, fk: datasetAliases.datasetId },
} as const;

/**
 * Resolves display names to entity ids through the alias table, creating entities for new names.
 * Returns entityKey(name) -> id. Safe under concurrent writers: inserts skip existing keys.
 */
export async function ensureEntities(
  db: DbOrTx,
  type: keyof typeof ENTITY_TABLES,
  names: Iterable<string>,
): Promise<Map<string, number>> {
  const { table, aliases, fk } = ENTITY_TABLES[type];
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = entityKey(name);
    if (key && !byKey.has(key)) byKey.set(key, name);
  }
  const result = new Map<string, number>();
  if (byKey.size === 0) return result;
  const keys = [...byKey.keys()];
  const known = await db.select({ key: aliases.aliasKey, id: fk }).from(aliases).where(inArray(aliases.aliasKey, keys));
  for (const row of known) result.set(row.key, row.id);
  const missing = keys.filter((k) => !result.has(k));
  if (missing.length === 0) return result;
  await db
    .insert(table)
    .values(missing.map((key) => ({ key, name: byKey.get(key)! })))
    .onConflictDoNothing();
  const created = await db.select({ key: table.key, id: table.id }).from(table).where(inArray(table.key, missing));
  for (const row of created) result.set(row.key, row.id);
  const aliasRows = created.map((row) => ({ aliasKey: row.key, alias: byKey.get(row.key)!, [fkName(type)]: row.id }));
  await db
    .insert(aliases)
    .values(aliasRows as never)
    .onConflictDoNothing();
  return result;
}

function fkName(type: keyof typeof ENTITY_TABLES): "subjectId" | "datasetId" {
  return type === "subject" ? "subjectId" : "datasetId";
}

/** Ensures a benchmark per (dataset, metric) pair; returns `${datasetId}:${metricId}` -> slug. */
export async function ensureBenchmarks(
  db: DbOrTx,
  pairs: Iterable<{ datasetId: number; datasetName: string; metricId: number; metricName: string }>,
): Promise<Map<string, string>> {
  const wanted = new Map<string, { datasetId: number; datasetName: string; metricId: number; metricName: string }>();
  for (const p of pairs) wanted.set(`${p.datasetId}:${p.metricId}`, p);
  const result = new Map<string, string>();
  if (wanted.size === 0) return result;
  const datasetIdList = [...new Set([...wanted.values()].map((p) => p.datasetId))];
  const existing = await db
    .select({ id: benchmarks.id, datasetId: benchmarks.datasetId, metricId: benchmarks.metricId })
    .from(benchmarks)
    .where(inArray(benchmarks.datasetId, datasetIdList));
  for (const row of existing) {
    const key = `${row.datasetId}:${row.metricId}`;
    if (wanted.has(key)) result.set(key, row.id);
  }
  for (const [key, p] of wanted) {
    if (result.has(key)) continue;
    const base = benchmarkSlug(p.datasetName, p.metricName);
    // Two datasets whose names slug alike (e.g. scripts without Latin letters) get the dataset id appended.
    for (const slug of [base, `${base}-${p.datasetId}`]) {
      await db.insert(benchmarks).values({ id: slug, datasetId: p.datasetId, metricId: p.metricId }).onConflictDoNothing();
      const [row] = await db
        .select({ id: benchmarks.id })
        .from(benchmarks)
        .where(and(eq(benchmarks.datasetId, p.datasetId), eq(benchmarks.metricId, p.metricId)));
      if (row) {
        result.set(key, row.id);
        break;
      }
    }
    if (!result.has(key)) throw new Error(`could not create a benchmark for dataset ${p.datasetName} and metric ${p.metricName}`);
  }
  return result;
}
