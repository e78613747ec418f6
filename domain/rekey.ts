import { asc, eq, gt, sql } from "drizzle-orm";
import {
  appState,
  benchmarks,
  claims,
  datasetAliases,
  datasets,
  subjectAliases,
  subjects,
  type OriginalClaim,
} from "../db/schema/index.js";
import { resolveDataset } from "../extractors/identity/datasets.js";
import { isModelName, systemIdentity } from "../extractors/identity/systems.js";
import type { DbOrTx } from "./entities.js";
import { recomputeFlagsInSlices, type FlagOptions } from "./flags/recompute.js";
import { nextTextFingerprint } from "./ingest.js";
import { keyClaims, type ClaimDraft } from "./keying.js";

/**
 * The identity rules the stored keys were computed with. Raise it when extractors/identity changes what
 * keys mean: a database opened under an older version is re-keyed once (reviews kept).
 */
export const IDENTITY_VERSION = "7";
const BATCH = 2000;

interface StoredClaim {
  id: number;
  paper_id: number;
  subject_text: string | null;
  model_text: string | null;
  dataset_text: string | null;
  condition: string | null;
  evidence: string;
  sentence: string;
  source_kind: "text" | "table" | "manual";
  extractor: string;
  review_status: string | null;
  original: OriginalClaim | string;
}

/** The task of a table cell, from the sentence the importer wrote: "<subject> on <dataset> (<task>): <cell>". */
function taskOf(c: StoredClaim): string | null {
  const head = `${c.subject_text ?? ""} on ${c.dataset_text ?? ""} (`;
  if (!c.sentence.startsWith(head)) return null;
  const end = c.sentence.indexOf(`): ${c.evidence}`, head.length);
  return end > head.length ? c.sentence.slice(head.length, end) : null;
}

/**
 * Brings a database keyed under older identity rules up to date, in one transaction: spellings and merges
 * that reviewers made (alias rows) are carried over to the new keys; every claim is keyed again from what
 * its source wrote (corrected claims keep the reviewer's keys); benchmarks and entities left without claims
 * go; flags are recomputed. Claim ids, reviews and the audit log are untouched. A fresh database only
 * records the version.
 */
export async function upgradeIdentity(db: DbOrTx, flagOptions?: FlagOptions): Promise<{ rekeyed: number } | null> {
  const [state] = await db.select({ value: appState.value }).from(appState).where(eq(appState.key, "identity"));
  if (state?.value === IDENTITY_VERSION) return null;
  const run = async (tx: DbOrTx) => {
    const n = await tx.$count(claims);
    let rekeyed = 0;
    if (n > 0) {
      await rekeyAliases(tx);
      const nthByPaper = new Map<string, number>();
      for (let last = 0; ; ) {
        const batch: StoredClaim[] = await tx
          .select({
            id: claims.id,
            paper_id: claims.paperId,
            subject_text: claims.subjectText,
            model_text: claims.modelText,
            dataset_text: claims.datasetText,
            condition: claims.condition,
            evidence: claims.evidence,
            sentence: claims.sentence,
            source_kind: claims.sourceKind,
            extractor: claims.extractor,
            review_status: claims.reviewStatus,
            original: claims.original,
          })
          .from(claims)
          .where(gt(claims.id, last))
          .orderBy(asc(claims.id))
          .limit(BATCH);
        if (batch.length === 0) break;
        last = batch.at(-1)!.id;
        rekeyed += await rekeyClaims(tx, batch, nthByPaper);
      }
      await tx.execute(
        sql`delete from benchmarks b where not exists (select 1 from claims c where c.benchmark_id = b.id)`,
      );
      await tx.execute(sql`
        delete from subjects s where not exists (select 1 from claims c where c.subject_id = s.id or c.model_id = s.id)`);
      await tx.execute(sql`delete from datasets d where not exists (select 1 from claims c where c.dataset_id = d.id)`);
      const scope = (await tx.select({ id: benchmarks.id }).from(benchmarks)).map((r) => r.id);
      const papers = (await tx.selectDistinct({ id: claims.paperId }).from(claims)).map((r) => r.id);
      await recomputeFlagsInSlices(tx, { benchmarkIds: scope, paperIds: papers }, flagOptions);
    }
    await tx
      .insert(appState)
      .values({ key: "identity", value: IDENTITY_VERSION })
      .onConflictDoUpdate({ target: appState.key, set: { value: IDENTITY_VERSION, updatedAt: sql`now()` } });
    return { rekeyed };
  };
  return "transaction" in db ? db.transaction(run) : run(db);
}

/** Every stored spelling under its new key, still pointing where it pointed (a merge stays a merge). */
async function rekeyAliases(tx: DbOrTx): Promise<void> {
  const subjectRows = await tx.select().from(subjectAliases);
  const subjectKeys = subjectRows
    .map((r) => ({ aliasKey: systemIdentity(r.alias).key, alias: r.alias, subjectId: r.subjectId }))
    .filter((r) => r.aliasKey);
  for (let i = 0; i < subjectKeys.length; i += BATCH)
    await tx
      .insert(subjectAliases)
      .values(subjectKeys.slice(i, i + BATCH))
      .onConflictDoNothing();
  const datasetRows = await tx.select().from(datasetAliases);
  const datasetKeys = datasetRows
    .map((r) => ({ aliasKey: resolveDataset(r.alias).key, alias: r.alias, datasetId: r.datasetId }))
    .filter((r) => r.aliasKey);
  for (let i = 0; i < datasetKeys.length; i += BATCH)
    await tx
      .insert(datasetAliases)
      .values(datasetKeys.slice(i, i + BATCH))
      .onConflictDoNothing();
  // Entities found again under their new keys get the facts those keys carry.
  for (const s of await tx.select({ id: subjects.id, name: subjects.name }).from(subjects)) {
    const id = systemIdentity(s.name);
    await tx
      .update(subjects)
      .set({ generic: id.generic, isModel: isModelName(id.name) })
      .where(eq(subjects.id, s.id));
  }
  for (const d of await tx.select({ id: datasets.id, name: datasets.name }).from(datasets)) {
    const id = resolveDataset(d.name);
    await tx
      .update(datasets)
      .set({
        family: id.family,
        familyKey: id.familyKey,
        variant: id.variant,
        relation: id.relation,
        testSize: id.testSize,
      })
      .where(eq(datasets.id, d.id));
  }
}

/** `nthByPaper` counts the same wording within a paper across batches: a paper's claims may straddle two. */
async function rekeyClaims(tx: DbOrTx, batch: StoredClaim[], nthByPaper: Map<string, number>): Promise<number> {
  const drafts: ClaimDraft[] = batch.map((c) => {
    const o: OriginalClaim = typeof c.original === "string" ? JSON.parse(c.original) : c.original;
    const isText = c.source_kind === "text";
    const fingerprint = isText
      ? nextTextFingerprint(
          c.extractor,
          { evidence: c.evidence, metric: o.metric, value: o.value, unit: o.unit as never },
          c.paper_id,
          nthByPaper,
        )
      : "";
    return {
      names: {
        subject: c.subject_text,
        model: c.model_text,
        dataset: c.dataset_text,
        metric: o.metric,
        metricText: isText ? c.evidence : null,
        setting: isText ? [c.condition] : [taskOf(c), c.condition],
        splitSubject: isText,
        freeTextSetting: !isText,
        unit: o.unit,
        context: isText ? c.sentence : null,
      },
      // Only the keys are taken from here; the rest of the row stays as stored.
      row: { fingerprint } as ClaimDraft["row"],
    };
  });
  const keyed = await keyClaims(tx, drafts);
  // Corrected claims keep the keys the reviewer gave them; every claim gets its content fingerprint.
  const rows = keyed.map((k) => ({ c: batch[k.index]!, row: k.row }));
  const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
  // 1 = keep the reviewer's keys. (An int, not a bool: postgres.js sends a bool[] parameter as a scalar.)
  const keep = (r: (typeof rows)[number]) => (r.c.review_status === "corrected" ? 1 : 0);
  await tx.execute(sql`
    update claims set
      subject_id = case when t.keep = 1 then claims.subject_id else t.subject_id end,
      model_id = case when t.keep = 1 then claims.model_id else t.model_id end,
      dataset_id = case when t.keep = 1 then claims.dataset_id else t.dataset_id end,
      metric_id = case when t.keep = 1 then claims.metric_id else t.metric_id end,
      benchmark_id = case when t.keep = 1 then claims.benchmark_id else t.benchmark_id end,
      setting = case when t.keep = 1 then claims.setting else t.setting end,
      fingerprint = coalesce(nullif(t.fingerprint, ''), claims.fingerprint)
    from unnest(${col((r) => r.c.id)}::int[], ${col(keep)}::int[], ${col((r) => r.row.subjectId ?? null)}::int[],
                ${col((r) => r.row.modelId ?? null)}::int[], ${col((r) => r.row.datasetId ?? null)}::int[], ${col((r) => r.row.metricId)}::int[],
                ${col((r) => r.row.benchmarkId ?? null)}::text[], ${col((r) => r.row.setting ?? "")}::text[], ${col((r) => r.row.fingerprint)}::text[])
      as t(id, keep, subject_id, model_id, dataset_id, metric_id, benchmark_id, setting, fingerprint)
    where claims.id = t.id`);
  return rows.length;
}
