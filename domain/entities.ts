import { inArray, sql } from "drizzle-orm";
import { rowsOf, type Database } from "../db/client.js";
import { benchmarks, datasetAliases, datasets, metrics, subjectAliases, subjects } from "../db/schema/index.js";
import { ALL_METRICS } from "../extractors/metrics.js";
import { metricFacts } from "../extractors/identity/metrics.js";
import type { DatasetIdentity, MetricIdentity, SystemIdentity } from "../extractors/identity/types.js";
import { visibleName } from "../extractors/identity/name-key.js";
import { benchmarkSlug } from "./slug.js";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;

/** Upserts the metric registry into `metrics`; returns name -> id. Cheap enough to run at every start. */
export async function seedMetrics(db: DbOrTx): Promise<Map<string, number>> {
  await db
    .insert(metrics)
    .values(
      ALL_METRICS.map((m) => {
        const facts = metricFacts(m.name);
        return {
          name: m.name,
          direction: m.direction,
          unit: m.unit,
          min: m.min,
          max: m.max,
          description: m.description,
          family: facts.family,
          display: facts.display,
          scale: facts.scale,
        };
      }),
    )
    .onConflictDoUpdate({
      target: metrics.name,
      set: {
        direction: sql`excluded.direction`,
        unit: sql`excluded.unit`,
        min: sql`excluded.min`,
        max: sql`excluded.max`,
        description: sql`excluded.description`,
        family: sql`excluded.family`,
        display: sql`excluded.display`,
        scale: sql`excluded.scale`,
      },
    });
  return metricIds(db);
}

/**
 * Metrics that the registry lacks (the guidelines allow a new name when none fits, and tables name their
 * own columns) are added with their facts; a guessed direction is marked as guessed so the dashboard can
 * say so. A direction the source states wins over the guess.
 */
export async function ensureMetrics(
  db: DbOrTx,
  wanted: Iterable<MetricIdentity>,
  known: Map<string, number>,
  /** Directions a source states or implies for some of the names. */
  directions: Map<string, "higher" | "lower" | null> = new Map(),
): Promise<Map<string, number>> {
  const missing = new Map<string, MetricIdentity>();
  for (const m of wanted) if (!known.has(m.name) && m.name.length > 0 && m.name.length <= 100) missing.set(m.name, m);
  if (missing.size === 0) return known;
  await db
    .insert(metrics)
    .values(
      [...missing.values()].map((m) => {
        const stated = directions.get(m.name) ?? null;
        return {
          name: m.name,
          direction: m.directionKnown ? m.direction : (stated ?? m.direction),
          directionKnown: m.directionKnown || stated !== null,
          unit: m.unit,
          min: m.min,
          max: m.max,
          family: m.family,
          display: m.display,
          scale: m.scale,
        };
      }),
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

/** An entity to find or create under its identity key, with the columns a new row gets. */
export interface EntityEntry {
  key: string;
  name: string;
  /** Columns of a new row beyond key and name (a dataset's family and variant, a subject's generic mark). */
  extra?: Record<string, unknown>;
}

export const subjectEntry = (s: SystemIdentity, isModel: boolean): EntityEntry => ({
  key: s.key,
  name: visibleName(s.name),
  extra: { generic: s.generic, isModel },
});

export const datasetEntry = (d: DatasetIdentity): EntityEntry => ({
  key: d.key,
  name: visibleName(d.name),
  extra: { family: d.family, familyKey: d.familyKey, variant: d.variant, relation: d.relation, testSize: d.testSize },
});

/**
 * Resolves identity keys to entity ids through the alias table (so a reviewer's merge holds), creating
 * entities for new keys. Returns key -> id. Safe under concurrent writers: inserts skip existing keys.
 */
export async function ensureEntities(
  db: DbOrTx,
  type: keyof typeof ENTITY_TABLES,
  entries: Iterable<EntityEntry>,
): Promise<Map<string, number>> {
  const { table, aliases, fk } = ENTITY_TABLES[type];
  const byKey = new Map<string, EntityEntry>();
  for (const e of entries) if (e.key && !byKey.has(e.key)) byKey.set(e.key, e);
  const result = new Map<string, number>();
  if (byKey.size === 0) return result;
  const keys = [...byKey.keys()];
  for (let i = 0; i < keys.length; i += 5000) {
    const known = await db
      .select({ key: aliases.aliasKey, id: fk })
      .from(aliases)
      .where(inArray(aliases.aliasKey, keys.slice(i, i + 5000)));
    for (const row of known) result.set(row.key, row.id);
  }
  const missing = keys.filter((k) => !result.has(k));
  if (missing.length === 0) return result;
  for (let i = 0; i < missing.length; i += 1000) {
    const slice = missing.slice(i, i + 1000);
    await db
      .insert(table)
      .values(slice.map((key) => ({ key, name: byKey.get(key)!.name, ...byKey.get(key)!.extra })) as never)
      .onConflictDoNothing();
    const created = await db.select({ key: table.key, id: table.id }).from(table).where(inArray(table.key, slice));
    for (const row of created) result.set(row.key, row.id);
    const aliasRows = created.map((row) => ({
      aliasKey: row.key,
      alias: byKey.get(row.key)!.name,
      [fkName(type)]: row.id,
    }));
    if (aliasRows.length)
      await db
        .insert(aliases)
        .values(aliasRows as never)
        .onConflictDoNothing();
  }
  return result;
}

function fkName(type: keyof typeof ENTITY_TABLES): "subjectId" | "datasetId" {
  return type === "subject" ? "subjectId" : "datasetId";
}

export interface BenchmarkWanted {
  datasetId: number;
  datasetName: string;
  metricId: number;
  metricName: string;
  setting: string;
}

export const benchmarkKey = (datasetId: number, metricId: number, setting: string) =>
  `${datasetId}:${metricId}:${setting}`;

/** Ensures a benchmark per (dataset, metric, setting); returns benchmarkKey(...) -> slug. */
export async function ensureBenchmarks(db: DbOrTx, pairs: Iterable<BenchmarkWanted>): Promise<Map<string, string>> {
  const wanted = new Map<string, BenchmarkWanted>();
  for (const p of pairs) wanted.set(benchmarkKey(p.datasetId, p.metricId, p.setting), p);
  const result = new Map<string, string>();
  if (wanted.size === 0) return result;
  const datasetIdList = [...new Set([...wanted.values()].map((p) => p.datasetId))];
  for (let i = 0; i < datasetIdList.length; i += 5000) {
    const existing = await db
      .select({
        id: benchmarks.id,
        datasetId: benchmarks.datasetId,
        metricId: benchmarks.metricId,
        setting: benchmarks.setting,
      })
      .from(benchmarks)
      .where(inArray(benchmarks.datasetId, datasetIdList.slice(i, i + 5000)));
    for (const row of existing) {
      const key = benchmarkKey(row.datasetId, row.metricId, row.setting);
      if (wanted.has(key)) result.set(key, row.id);
    }
  }
  // New benchmarks go in together, one statement per slug choice instead of two per benchmark (an ingest of
  // the 2025-26 corpus creates about 9,000). Two benchmarks whose names slug alike (e.g. scripts without
  // Latin letters) get the dataset id appended: the first in order keeps the plain slug, as before.
  let missing = [...wanted].filter(([key]) => !result.has(key));
  const slugs = [
    (p: BenchmarkWanted) => benchmarkSlug(p.datasetName, p.metricName, p.setting),
    (p: BenchmarkWanted) => `${benchmarkSlug(p.datasetName, p.metricName, p.setting)}-${p.datasetId}`,
    (p: BenchmarkWanted) => `${benchmarkSlug(p.datasetName, p.metricName, p.setting)}-${p.datasetId}-${p.metricId}`,
  ];
  for (const slugOf of slugs) {
    if (missing.length === 0) break;
    const param = <T>(f: (p: BenchmarkWanted) => T) => sql.param(missing.map(([, p]) => f(p)));
    await db.execute(sql`
      insert into benchmarks (id, dataset_id, metric_id, setting)
      select * from unnest(${param(slugOf)}::text[], ${param((p) => p.datasetId)}::int[],
                           ${param((p) => p.metricId)}::int[], ${param((p) => p.setting)}::text[])
      on conflict do nothing`);
    const found = rowsOf<{ id: string; dataset_id: number; metric_id: number; setting: string }>(
      await db.execute(sql`
        select b.id, b.dataset_id, b.metric_id, b.setting from benchmarks b
        join unnest(${param((p) => p.datasetId)}::int[], ${param((p) => p.metricId)}::int[], ${param((p) => p.setting)}::text[])
          as w(dataset_id, metric_id, setting)
          on b.dataset_id = w.dataset_id and b.metric_id = w.metric_id and b.setting = w.setting`),
    );
    for (const row of found) result.set(benchmarkKey(row.dataset_id, row.metric_id, row.setting), row.id);
    missing = missing.filter(([key]) => !result.has(key));
  }
  const [, left] = missing[0] ?? [];
  if (left)
    throw new Error(
      `could not create a benchmark for dataset ${left.datasetName}, metric ${left.metricName}, setting "${left.setting}"`,
    );
  return result;
}
