import { createHash } from "node:crypto";
import { basename } from "node:path";
import { and, eq, inArray, isNull, like, notInArray, sql } from "drizzle-orm";
import { benchmarks, claims, papers, type IngestProblem } from "../db/schema/index.js";
import type { TableRecord } from "../extractors/tables/types.js";
import { canonicalDatasetName, canonicalSubjectName, entityKey } from "../extractors/names.js";
import { titleKey } from "../extractors/sources/title-key.js";
import { webUrl } from "../extractors/sources/web-url.js";
import { ensureBenchmarks, ensureEntities, ensureMetrics, metricIds, type DbOrTx } from "./entities.js";
import { upsertClaimRows, type ClaimRow } from "./claim-rows.js";
import { contentHash, emptyCounts, type IngestCounts, type Touched } from "./ingest.js";

export interface Importer {
  name: string;
  version: string;
}

const BATCH = 1000;

/**
 * Stores the records of one table file as claims of source kind "table". Idempotent: a cell maps to
 * the same row through its file name and pointer; a changed cell updates its row, a cell gone from the
 * file removes its row. Text extraction never touches these claims, and these never touch abstracts.
 */
export async function ingestTableRecords(
  db: DbOrTx,
  file: string,
  records: TableRecord[],
  importer: Importer,
  problems: IngestProblem[],
  touched: Touched,
): Promise<IngestCounts> {
  const counts = emptyCounts();
  const fileName = basename(file);

  // Papers: one per distinct title; existing papers (from text or an earlier import) are reused as they are.
  const byKey = new Map<string, TableRecord["paper"]>();
  for (const r of records) {
    const key = titleKey(r.paper.title);
    if (!key) {
      problems.push({ file, line: null, reason: "paper title has no letters or digits", where: r.source.pointer });
      continue;
    }
    if (!byKey.has(key)) byKey.set(key, r.paper);
  }
  counts.papersSeen = byKey.size;
  const paperIds = new Map<string, number>();
  const keys = [...byKey.keys()];
  for (let i = 0; i < keys.length; i += BATCH) {
    const chunk = keys.slice(i, i + BATCH);
    const existing = await db.select({ id: papers.id, key: papers.titleKey }).from(papers).where(inArray(papers.titleKey, chunk));
    for (const e of existing) paperIds.set(e.key, e.id);
    const fresh = chunk.filter((k) => !paperIds.has(k));
    if (fresh.length) {
      const inserted = await db
        .insert(papers)
        .values(
          fresh.map((k) => {
            const p = byKey.get(k)!;
            return { title: p.title, titleKey: k, abstract: "", date: p.date, url: webUrl(p.url), arxivId: p.arxivId, sourceFile: file, contentHash: contentHash({ title: p.title, abstract: "" }) };
          }),
        )
        .onConflictDoNothing()
        .returning({ id: papers.id, key: papers.titleKey });
      for (const r of inserted) paperIds.set(r.key, r.id);
      counts.papersNew += inserted.length;
    }
    counts.papersUnchanged += chunk.length - fresh.length;
  }

  const subjectIds = await ensureEntities(db, "subject", records.map((r) => canonicalSubjectName(r.subject)));
  const datasetIds = await ensureEntities(db, "dataset", records.map((r) => canonicalDatasetName(r.dataset)));
  const directions = new Map(records.map((r) => [r.metric, r.direction]));
  const metricsByName = await ensureMetrics(db, records.map((r) => r.metric), await metricIds(db), directions);
  const pairs = records.flatMap((r) => {
    const datasetName = canonicalDatasetName(r.dataset);
    const datasetId = datasetIds.get(entityKey(datasetName));
    const metricId = metricsByName.get(r.metric);
    return datasetId !== undefined && metricId !== undefined ? [{ datasetId, datasetName, metricId, metricName: r.metric }] : [];
  });
  const benchmarkIds = await ensureBenchmarks(db, pairs);

  const rows: ClaimRow[] = [];
  const fingerprints: string[] = [];
  for (const r of records) {
    const paperId = paperIds.get(titleKey(r.paper.title));
    const metricId = metricsByName.get(r.metric);
    const datasetId = datasetIds.get(entityKey(canonicalDatasetName(r.dataset))) ?? null;
    if (paperId === undefined || metricId === undefined) continue;
    const fingerprint = createHash("sha256").update(`${importer.name}|${fileName}|${r.source.pointer}`).digest("hex").slice(0, 32);
    fingerprints.push(fingerprint);
    const cell = `${r.metricName}: ${r.rawValue}`;
    rows.push({
      paperId,
      subjectId: subjectIds.get(entityKey(canonicalSubjectName(r.subject))) ?? null,
      datasetId,
      metricId,
      benchmarkId: datasetId === null ? null : (benchmarkIds.get(`${datasetId}:${metricId}`) ?? null),
      value: r.value,
      valueText: r.rawValue.replace(/^\uFEFF/, "").trim().slice(0, 50),
      unit: r.unit,
      kind: r.kind ?? "absolute",
      qualifier: r.qualifier,
      subjectText: r.subject,
      datasetText: r.dataset,
      baseline: r.baseline ?? null,
      condition: r.condition,
      evidence: cell,
      sentence: `${r.subject} on ${r.dataset}${r.task ? ` (${r.task})` : ""}: ${cell}${r.note ? ` (${r.note})` : ""}`,
      evidenceStart: 0,
      evidenceEnd: 0,
      confidence: 1,
      sourceKind: "table",
      sourceRef: `${fileName}#${r.source.pointer}`,
      extractor: importer.name,
      extractorVersion: importer.version,
      fingerprint,
      original: { value: r.value, unit: r.unit, metric: r.metric, subject: r.subject, dataset: r.dataset },
    });
  }

  const touchedHere = new Set<string>();
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    // A reviewer's correction outlives a re-import; otherwise the file is the truth. Only rows whose
    // cell changed are written, so an unchanged re-import writes nothing.
    const result = await upsertClaimRows(
      db,
      chunk,
      sql.raw(`value = case when claims.review_status = 'corrected' then claims.value else excluded.value end,
        value_text = case when claims.review_status = 'corrected' then claims.value_text else excluded.value_text end,
        unit = case when claims.review_status = 'corrected' then claims.unit else excluded.unit end,
        qualifier = excluded.qualifier, condition = excluded.condition, evidence = excluded.evidence,
        sentence = excluded.sentence, extractor_version = excluded.extractor_version, original = excluded.original`),
      sql.raw(`claims.original is distinct from excluded.original or claims.condition is distinct from excluded.condition or claims.qualifier is distinct from excluded.qualifier`),
    );
    for (const r of result) {
      if (r.inserted) counts.claimsInserted++;
      else counts.claimsUpdated++;
      if (r.benchmark_id) touchedHere.add(r.benchmark_id);
      touched.paperIds.add(r.paper_id);
    }
  }
  counts.claimsStored = rows.length;

  // Cells that were in an earlier version of this file and are gone now; reviewed ones stay with their history.
  const stale = and(eq(claims.sourceKind, "table"), like(claims.sourceRef, `${fileName.replace(/[\\%_]/g, (c) => `\\${c}`)}#%`), isNull(claims.reviewStatus));
  const gone = await db
    .delete(claims)
    .where(fingerprints.length ? and(stale, notInArray(claims.fingerprint, fingerprints)) : stale)
    .returning({ benchmarkId: claims.benchmarkId });
  counts.claimsRemoved = gone.length;
  for (const g of gone) if (g.benchmarkId) touchedHere.add(g.benchmarkId);

  if (touchedHere.size) await db.update(benchmarks).set({ updatedAt: sql`now()` }).where(inArray(benchmarks.id, [...touchedHere]));
  for (const b of touchedHere) touched.benchmarkIds.add(b);
  return counts;
}
