import { createHash } from "node:crypto";
import { basename } from "node:path";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { benchmarks, claims, papers, type IngestProblem } from "../db/schema/index.js";
import type { TableRecord } from "../extractors/tables/types.js";
import { nameKey } from "../extractors/identity/name-key.js";
import { titleKey } from "../extractors/sources/title-key.js";
import { webUrl } from "../extractors/sources/web-url.js";
import type { DbOrTx } from "./entities.js";
import { storeClaimRows } from "./claim-rows.js";
import { keyClaims, type ClaimDraft } from "./keying.js";
import { contentHash } from "./content-hash.js";
import { emptyCounts, type IngestCounts, type Touched } from "./ingest-counts.js";
import { unstorableText } from "./storable-text.js";

export interface Importer {
  name: string;
  version: string;
}

const BATCH = 1000;

/**
 * What a file is about when it says so itself: a model card (model-index) is its model's results, so a
 * new version of the card replaces the old one's cells. A Papers with Code export has no such identity.
 */
function intrinsicSourceId(importer: Importer, r: TableRecord): string | null {
  return importer.name === "model-index" ? `model-index:${nameKey(r.subject)}` : null;
}

/**
 * Stores the records of one table file as claims of source kind "table". Idempotent: a cell maps to
 * the same row through what it is (importer, source, paper, task, dataset, model, column); a changed cell
 * updates its row. Cells gone from the file are removed only within the same source. Text extraction
 * never touches these claims, and these never touch abstracts.
 */
export async function ingestTableRecords(
  db: DbOrTx,
  file: string,
  records: TableRecord[],
  importer: Importer,
  problems: IngestProblem[],
  touched: Touched,
  /** The caller's name for this source (`--source`, `?source=`): a re-import under it may remove cells. */
  callerSourceId: string | null = null,
): Promise<IngestCounts> {
  const counts = emptyCounts();

  // Papers: one per distinct title; existing papers (from text or an earlier import) are reused as they are.
  const byKey = new Map<string, TableRecord["paper"]>();
  records = records.filter((r) => {
    const unstorable = unstorableText({
      "paper title": r.paper.title,
      "paper URL": r.paper.url,
      "arXiv id": r.paper.arxivId,
      model: r.subject,
      dataset: r.dataset,
      task: r.task,
      metric: r.metricName,
      value: r.rawValue,
      condition: r.condition,
      note: r.note,
      baseline: r.baseline,
    });
    if (unstorable) problems.push({ file, line: null, reason: `${unstorable}: cell skipped`, where: r.source.pointer });
    return unstorable === null;
  });
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
    const existing = await db
      .select({ id: papers.id, key: papers.titleKey })
      .from(papers)
      .where(inArray(papers.titleKey, chunk));
    for (const e of existing) paperIds.set(e.key, e.id);
    const fresh = chunk.filter((k) => !paperIds.has(k));
    if (fresh.length) {
      const inserted = await db
        .insert(papers)
        .values(
          fresh.map((k) => {
            const p = byKey.get(k)!;
            return {
              title: p.title,
              titleKey: k,
              abstract: "",
              date: p.date,
              url: webUrl(p.url),
              arxivId: p.arxivId,
              sourceFile: file,
              contentHash: contentHash({ title: p.title, abstract: "" }),
            };
          }),
        )
        .onConflictDoNothing()
        .returning({ id: papers.id, key: papers.titleKey });
      for (const r of inserted) paperIds.set(r.key, r.id);
      counts.papersNew += inserted.length;
    }
    counts.papersUnchanged += chunk.length - fresh.length;
  }

  const drafts: ClaimDraft[] = [];
  const fingerprints: string[] = [];
  const seen = new Map<string, number>();
  for (const r of records) {
    const paperId = paperIds.get(titleKey(r.paper.title));
    if (paperId === undefined) continue;
    // What the cell is, not where it sits: a renamed or reordered file maps to the same rows, and two
    // files never share a row unless they report the same cell of the same paper.
    const sourceId = callerSourceId ?? intrinsicSourceId(importer, r);
    const cellKey = [
      importer.name,
      sourceId ?? "",
      paperId,
      r.task ?? "",
      r.dataset,
      r.subject,
      r.metricName,
      r.condition ?? "",
    ].join("\u0000");
    const nth = seen.get(cellKey) ?? 0;
    seen.set(cellKey, nth + 1);
    const fingerprint = createHash("sha256").update(`${cellKey}\u0000${nth}`).digest("hex").slice(0, 32);
    fingerprints.push(fingerprint);
    const cell = `${r.metricName}: ${r.rawValue}`;
    drafts.push({
      names: {
        subject: r.subject,
        model: null,
        dataset: r.dataset,
        metric: r.metric,
        metricText: null,
        setting: [r.task, r.condition],
        splitSubject: false,
        freeTextSetting: r.task !== null,
        unit: r.unit,
      },
      direction: r.direction,
      row: {
        paperId,
        value: r.value,
        valueText: r.rawValue
          .replace(/^\uFEFF/, "")
          .trim()
          .slice(0, 50),
        unit: r.unit,
        kind: r.kind ?? "absolute",
        qualifier: r.qualifier,
        subjectText: r.subject,
        modelText: null,
        datasetText: r.dataset,
        baseline: r.baseline ?? null,
        condition: r.condition,
        evidence: cell,
        sentence: `${r.subject} on ${r.dataset}${r.task ? ` (${r.task})` : ""}: ${cell}${r.note ? ` (${r.note})` : ""}`,
        evidenceStart: 0,
        evidenceEnd: 0,
        confidence: 1,
        sourceKind: "table",
        // Where the cell was read, for people; never part of its identity (a temporary upload path is not kept).
        sourceRef: `${basename(file)}#${r.source.pointer}`,
        sourceId,
        extractor: importer.name,
        extractorVersion: importer.version,
        fingerprint,
        original: {
          value: r.value,
          unit: r.unit,
          metric: r.metric,
          subject: r.subject,
          dataset: r.dataset,
          condition: r.condition,
        },
      },
    });
  }
  const rows = (await keyClaims(db, drafts)).map((k) => k.row);

  const touchedHere = new Set<string>();
  const stored = await storeClaimRows(db, rows, "import");
  counts.claimsInserted += stored.inserted;
  counts.claimsUpdated += stored.updated;
  for (const b of stored.benchmarkIds) touchedHere.add(b);
  for (const p of stored.paperIds) touched.paperIds.add(p);
  counts.claimsStored = rows.length;

  // Cells that an earlier import of the same source had and this one lacks: only a source that is known to
  // be the same (a caller-given id, a model card's model) may lose cells; reviewed ones stay with their history.
  const sourceIds = [...new Set(rows.map((r) => r.sourceId).filter((x): x is string => !!x))];
  if (callerSourceId && !sourceIds.includes(callerSourceId)) sourceIds.push(callerSourceId);
  if (sourceIds.length) {
    const stale = and(eq(claims.sourceKind, "table"), inArray(claims.sourceId, sourceIds), isNull(claims.reviewStatus));
    const gone = await db
      .delete(claims)
      .where(
        fingerprints.length ? and(stale, sql`${claims.fingerprint} <> all(${sql.param(fingerprints)}::text[])`) : stale,
      )
      .returning({ benchmarkId: claims.benchmarkId });
    counts.claimsRemoved = gone.length;
    for (const g of gone) if (g.benchmarkId) touchedHere.add(g.benchmarkId);
  }

  if (touchedHere.size)
    await db
      .update(benchmarks)
      .set({ updatedAt: sql`now()` })
      .where(inArray(benchmarks.id, [...touchedHere]));
  for (const b of touchedHere) touched.benchmarkIds.add(b);
  return counts;
}
