import { createHash } from "node:crypto";
import { and, eq, inArray, isNotNull, isNull, sql, TransactionRollbackError } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { queryRows } from "../db/query-rows.js";
import { auditLog, benchmarks, claims, ingestRuns, papers, type IngestProblem } from "../db/schema/index.js";
import { sentenceAround, valueAsWritten } from "../extractors/evidence.js";
import { titleKey } from "../extractors/sources/title-key.js";
import { webUrl } from "../extractors/sources/web-url.js";
import { ClaimSchema, type Claim, type ClaimExtractor, type Paper, type ParseProblem } from "../extractors/types.js";
import type { DbOrTx } from "./entities.js";
import { storeClaimRows } from "./claim-rows.js";
import { keyClaims, type ClaimDraft } from "./keying.js";
import { recomputeFlags, recomputeFlagsInSlices, type FlagOptions } from "./flags/recompute.js";
import { keepRunAlive, type Heartbeat } from "./interrupted-runs.js";
import {
  FLAG_BENCHMARKS,
  FLAG_PAPERS,
  forgetJournal,
  inTurn,
  journalOn,
  reclaimSpace,
  storesInSlices,
  undoJournal,
  yieldToReads,
} from "./ingest-journal.js";
import { readsRecently } from "./reads-in-flight.js";
import { ingestTableRecords, type Importer } from "./import-tables.js";
import { contentHash } from "./content-hash.js";
import { emptyCounts, emptyTouched, type IngestCounts, type Touched } from "./ingest-counts.js";
import type { TableRecord } from "../extractors/tables/types.js";
import { unstorableText } from "./storable-text.js";

export interface IngestSummary extends IngestCounts {
  runId: number | null;
  files: string[];
  extractor: string;
  dryRun: boolean;
  /** The first problems met, with file and line. */
  problems: IngestProblem[];
  /** Every problem, counted by reason. */
  problemCounts: Record<string, number>;
}

function addCounts(into: IngestCounts, from: IngestCounts): void {
  for (const k of Object.keys(emptyCounts()) as (keyof IngestCounts)[]) into[k] += from[k];
}

// Large enough to amortize round trips, small enough to stay under PostgreSQL's 65,535 parameters.
const BATCH = 1000;

/**
 * A text claim's identity inside its paper: what it says and the words it stands in, not where. An edit
 * elsewhere in the abstract ("In this work, " prepended) keeps the row, its id and its review; `nth`
 * tells apart the same wording found twice.
 */
function claimFingerprint(
  extractor: string,
  c: Pick<Claim, "evidence" | "metric" | "value" | "unit">,
  nth = 0,
): string {
  return createHash("sha256")
    .update(`${extractor}|${c.evidence}|${c.metric}|${c.value}|${c.unit ?? ""}|${nth}`)
    .digest("hex")
    .slice(0, 32);
}

/**
 * The fingerprint of the next text claim with this wording in paper `paperId`, counting repeats in
 * `seen`: ingest and re-keying must number the same wording the same way, or a re-keyed claim would not
 * meet its re-extracted twin.
 */
export function nextTextFingerprint(
  extractor: string,
  c: Pick<Claim, "evidence" | "metric" | "value" | "unit">,
  paperId: number,
  seen: Map<string, number>,
): string {
  const same = `${paperId}|${c.evidence}|${c.metric}|${c.value}|${c.unit ?? ""}`;
  const nth = seen.get(same) ?? 0;
  seen.set(same, nth + 1);
  return claimFingerprint(extractor, c, nth);
}

interface ExtractedPaper {
  paper: Paper;
  key: string;
  hash: string;
  claims: Claim[];
}

async function extractAll(
  batch: Paper[],
  extractor: ClaimExtractor,
  problems: IngestProblem[],
): Promise<ExtractedPaper[]> {
  const out: ExtractedPaper[] = [];
  for (const paper of batch) {
    let raw: Claim[];
    try {
      raw = await extractor.extract({ title: paper.title, abstract: paper.abstract });
    } catch (err) {
      problems.push({
        file: paper.source.file,
        line: paper.source.line,
        reason: `extractor failed: ${(err as Error).message}`,
      });
      raw = [];
    }
    const valid: Claim[] = [];
    for (const c of raw) {
      const parsed = ClaimSchema.safeParse(c);
      if (parsed.success) valid.push(parsed.data);
      else
        problems.push({
          file: paper.source.file,
          line: paper.source.line,
          reason: `invalid claim dropped: ${parsed.error.issues[0]?.message}`,
        });
    }
    out.push({ paper, key: titleKey(paper.title), hash: contentHash(paper), claims: valid });
  }
  return out;
}

/**
 * Stores papers and their extracted claims. Idempotent: a paper whose title and abstract are unchanged
 * (and were extracted by the same extractor version) is left alone; a changed one has its text claims
 * replaced, keeping the ids of claims that are extracted again the same way.
 * Runs inside the caller's transaction when given one.
 */

export async function ingestPapers(
  db: DbOrTx,
  input: Paper[],
  extractor: ClaimExtractor,
  problems: IngestProblem[],
  touched: Touched = emptyTouched(),
): Promise<IngestCounts> {
  const counts = emptyCounts();
  const extractedWith = `${extractor.name}@${extractor.version}`;
  for (let i = 0; i < input.length; i += BATCH) {
    const batch = input.slice(i, i + BATCH);
    counts.papersSeen += batch.length;
    // The same paper listed twice in one batch: the first copy wins, later copies only fill metadata.
    const unique = new Map<string, Paper>();
    for (const p of batch) {
      const key = titleKey(p.title);
      const unstorable = unstorableText({ title: p.title, abstract: p.abstract, url: p.url, "arXiv id": p.arxivId });
      if (unstorable) {
        problems.push({ file: p.source.file, line: p.source.line, reason: `${unstorable}: paper skipped` });
        counts.papersSeen--;
        continue;
      }
      if (!key) {
        problems.push({ file: p.source.file, line: p.source.line, reason: "title has no letters or digits" });
        counts.papersSeen--;
        continue;
      }
      // Only http(s) links are kept: the dashboard puts them in an href.
      const url = webUrl(p.url);
      const first = unique.get(key);
      if (!first) unique.set(key, { ...p, url });
      else {
        counts.papersUnchanged++;
        first.date ??= p.date;
        first.url ??= url;
        first.arxivId ??= p.arxivId;
      }
    }
    const keys = [...unique.keys()];
    const existing = keys.length
      ? await db
          .select({
            id: papers.id,
            key: papers.titleKey,
            hash: papers.contentHash,
            extractedWith: papers.extractedWith,
            date: papers.date,
            url: papers.url,
            arxivId: papers.arxivId,
          })
          .from(papers)
          .where(inArray(papers.titleKey, keys))
      : [];
    const existingByKey = new Map(existing.map((r) => [r.key, r]));

    const toExtract: Paper[] = [];
    for (const [key, p] of unique) {
      const row = existingByKey.get(key);
      if (row && row.hash === contentHash(p) && row.extractedWith === extractedWith) {
        counts.papersUnchanged++;
        // Fill metadata that an earlier source lacked; never erase what is known.
        const fill = { date: row.date ?? p.date, url: row.url ?? p.url, arxivId: row.arxivId ?? p.arxivId };
        if (fill.date !== row.date || fill.url !== row.url || fill.arxivId !== row.arxivId) {
          await db.update(papers).set(fill).where(eq(papers.id, row.id));
        }
      } else toExtract.push(p);
    }
    if (toExtract.length === 0) continue;
    const extracted = await extractAll(toExtract, extractor, problems);

    const paperIds = new Map<string, number>();
    const fresh = extracted.filter((e) => !existingByKey.has(e.key));
    if (fresh.length) {
      // One array per column: much cheaper than a VALUES list for a thousand abstracts.
      const col = <T>(f: (e: ExtractedPaper) => T) => sql.param(fresh.map(f));
      const inserted = await queryRows(
        db,
        sql`
          insert into papers (title, title_key, abstract, date, url, arxiv_id, source_file, content_hash, extracted_with)
          select t.title, t.title_key, t.abstract, t.date::date, t.url, t.arxiv_id, t.source_file, t.content_hash, ${extractedWith}
          from unnest(${col((e) => e.paper.title)}::text[], ${col((e) => e.key)}::text[], ${col((e) => e.paper.abstract)}::text[],
                      ${col((e) => e.paper.date)}::text[], ${col((e) => e.paper.url)}::text[], ${col((e) => e.paper.arxivId)}::text[],
                      ${col((e) => e.paper.source.file)}::text[], ${col((e) => e.hash)}::text[])
            as t(title, title_key, abstract, date, url, arxiv_id, source_file, content_hash)
          returning id, title_key as key`,
        z.object({ id: z.number(), key: z.string() }),
      );
      for (const r of inserted) paperIds.set(r.key, r.id);
      counts.papersNew += inserted.length;
    }
    for (const e of extracted) {
      const row = existingByKey.get(e.key);
      if (!row) continue;
      await db
        .update(papers)
        .set({
          title: e.paper.title,
          abstract: e.paper.abstract,
          date: e.paper.date ?? row.date,
          url: e.paper.url ?? row.url,
          arxivId: e.paper.arxivId ?? row.arxivId,
          sourceFile: e.paper.source.file,
          contentHash: e.hash,
          extractedWith,
          updatedAt: sql`now()`,
        })
        .where(eq(papers.id, row.id));
      paperIds.set(e.key, row.id);
      counts.papersUpdated++;
    }

    const updatedIds = new Set(extracted.flatMap((e) => (existingByKey.has(e.key) ? [paperIds.get(e.key)!] : [])));
    const stored = await storeClaims(db, extracted, paperIds, extractor, problems, touched, updatedIds);
    counts.claimsInserted += stored.inserted;
    counts.claimsRemoved += stored.removed;
    counts.claimsStored += stored.stored;
  }
  return counts;
}

async function storeClaims(
  db: DbOrTx,
  extracted: ExtractedPaper[],
  paperIds: Map<string, number>,
  extractor: ClaimExtractor,
  problems: IngestProblem[],
  touchedOut: Touched,
  /** Papers that were stored before this ingest (their old claims may be stale). */
  updatedPaperIds: Set<number>,
): Promise<{ inserted: number; removed: number; stored: number }> {
  const drafts: ClaimDraft[] = [];
  const keepByPaper = new Map<number, string[]>();
  const seen = new Map<string, number>();
  for (const e of extracted) {
    const paperId = paperIds.get(e.key);
    if (paperId === undefined) continue;
    const keep: string[] = [];
    keepByPaper.set(paperId, keep);
    for (const c of e.claims) {
      const fingerprint = nextTextFingerprint(extractor.name, c, paperId, seen);
      keep.push(fingerprint);
      const model = c.model ?? null;
      const sentence = sentenceAround(e.paper.abstract, c.start, c.end);
      drafts.push({
        names: {
          subject: c.subject,
          model,
          dataset: c.dataset,
          metric: c.metric,
          metricText: c.evidence,
          setting: [c.condition],
          freeTextSetting: false,
          unit: c.unit,
          context: sentence,
        },
        row: {
          paperId,
          value: c.value,
          valueText: valueAsWritten(c.evidence, c.value),
          unit: c.unit,
          kind: c.kind,
          qualifier: c.qualifier,
          subjectText: c.subject,
          modelText: model,
          datasetText: c.dataset,
          baseline: c.baseline,
          condition: c.condition,
          evidence: c.evidence,
          sentence,
          evidenceStart: c.start,
          evidenceEnd: c.end,
          confidence: c.confidence,
          sourceKind: "text",
          attribution: c.attribution ?? null,
          sourceRef: e.paper.source.file,
          sourceId: null,
          extractor: extractor.name,
          extractorVersion: extractor.version,
          fingerprint,
          original: {
            value: c.value,
            unit: c.unit,
            metric: c.metric,
            subject: c.subject,
            dataset: c.dataset,
            model,
            condition: c.condition,
          },
        },
      });
    }
  }
  const keyed = await keyClaims(db, drafts);
  if (keyed.length < drafts.length)
    problems.push({
      file: extracted[0]?.paper.source.file ?? "",
      line: null,
      reason: `${drafts.length - keyed.length} claims with an unusable metric name dropped`,
    });
  const rows = keyed.map((k) => k.row);

  let removed = 0;
  const touched = new Set<string>();
  // Claims of re-extracted papers that the extractor no longer produces; reviewed ones stay with their history.
  // New papers have none, so only papers that were stored before are looked at, all in one statement.
  const reExtracted = [...keepByPaper.keys()].filter((id) => updatedPaperIds.has(id));
  if (reExtracted.length) {
    const keepPapers = reExtracted.flatMap((id) => keepByPaper.get(id)!.map(() => id));
    const keepPrints = reExtracted.flatMap((id) => keepByPaper.get(id)!);
    const notKept = sql`(${claims.paperId}, ${claims.fingerprint}) not in (select * from unnest(${sql.param(keepPapers)}::int[], ${sql.param(keepPrints)}::text[]))`;
    const gone = await db
      .delete(claims)
      .where(
        and(inArray(claims.paperId, reExtracted), eq(claims.sourceKind, "text"), isNull(claims.reviewStatus), notKept),
      )
      .returning({ benchmarkId: claims.benchmarkId });
    removed += gone.length;
    for (const g of gone) if (g.benchmarkId) touched.add(g.benchmarkId);
  }

  const stored = await storeClaimRows(db, rows, "import");
  for (const b of stored.benchmarkIds) touched.add(b);
  if (reExtracted.length) stored.inserted -= await reanchorOrphans(db, reExtracted, keepByPaper);
  if (touched.size)
    await db
      .update(benchmarks)
      .set({ updatedAt: sql`now()` })
      .where(inArray(benchmarks.id, [...touched]));
  for (const b of touched) touchedOut.benchmarkIds.add(b);
  for (const id of paperIds.values()) touchedOut.paperIds.add(id);
  return { inserted: stored.inserted, removed, stored: rows.length };
}

/**
 * Reviewed text claims that the new extraction did not yield under the same fingerprint stay (their
 * review is history), matched to their re-extracted twin by content: the same value, unit and metric in
 * overlapping wording. A twin found takes over nothing: the reviewed row takes the twin's fingerprint and
 * place, and the unreviewed copy goes. Without a twin, the row moves to where its words now stand, or keeps
 * no highlight and gets an audit row asking for a second look. Returns how many copies were removed.
 */
async function reanchorOrphans(db: DbOrTx, paperIdList: number[], keepByPaper: Map<number, string[]>): Promise<number> {
  const columns = {
    id: claims.id,
    paperId: claims.paperId,
    fingerprint: claims.fingerprint,
    evidence: claims.evidence,
    start: claims.evidenceStart,
    end: claims.evidenceEnd,
    status: claims.reviewStatus,
    original: claims.original,
    abstract: papers.abstract,
  };
  const kept = (r: { paperId: number; fingerprint: string }) =>
    keepByPaper.get(r.paperId)?.includes(r.fingerprint) ?? false;
  // Reviewed claims are few: most re-extractions (an extractor upgrade re-reads every paper) stop here.
  const reviewed = await db
    .select(columns)
    .from(claims)
    .innerJoin(papers, eq(papers.id, claims.paperId))
    .where(and(inArray(claims.paperId, paperIdList), eq(claims.sourceKind, "text"), isNotNull(claims.reviewStatus)));
  const orphans = reviewed.filter((r) => !kept(r));
  if (orphans.length === 0) return 0;
  const candidates = await db
    .select(columns)
    .from(claims)
    .innerJoin(papers, eq(papers.id, claims.paperId))
    .where(
      and(
        inArray(claims.paperId, [...new Set(orphans.map((o) => o.paperId))]),
        eq(claims.sourceKind, "text"),
        isNull(claims.reviewStatus),
      ),
    );
  const taken = new Set<number>();
  let removed = 0;
  for (const o of orphans) {
    const twin = candidates.find(
      (t) =>
        t.paperId === o.paperId &&
        kept(t) &&
        !taken.has(t.id) &&
        t.original.value === o.original.value &&
        t.original.unit === o.original.unit &&
        t.original.metric === o.original.metric &&
        (t.evidence.includes(o.evidence) || o.evidence.includes(t.evidence)),
    );
    if (twin) {
      taken.add(twin.id);
      await db.delete(claims).where(eq(claims.id, twin.id));
      await db
        .update(claims)
        .set({
          fingerprint: twin.fingerprint,
          evidence: twin.evidence,
          evidenceStart: twin.start,
          evidenceEnd: twin.end,
          sentence: sentenceAround(twin.abstract, twin.start, twin.end),
        })
        .where(eq(claims.id, o.id));
      removed++;
      continue;
    }
    if (o.abstract.slice(o.start, o.end) === o.evidence) continue;
    const at = o.abstract.indexOf(o.evidence);
    if (at >= 0) {
      await db
        .update(claims)
        .set({
          evidenceStart: at,
          evidenceEnd: at + o.evidence.length,
          sentence: sentenceAround(o.abstract, at, at + o.evidence.length),
        })
        .where(eq(claims.id, o.id));
      continue;
    }
    await db.update(claims).set({ evidenceStart: 0, evidenceEnd: 0 }).where(eq(claims.id, o.id));
    await db.insert(auditLog).values({
      actor: "import",
      action: "import.evidence_gone",
      targetType: "claim",
      targetId: o.id,
      before: { evidenceStart: o.start, evidenceEnd: o.end, evidence: o.evidence },
      after: { evidenceStart: 0, evidenceEnd: 0 },
      note: `The abstract was edited and no longer contains "${o.evidence}": the ${o.status} claim is kept without a highlight; please review it again.`,
    });
  }
  return removed;
}

export interface SourceChunk {
  papers: Paper[];
  /** Structured rows from a table (Papers with Code, a model card), with the importer that read them. */
  table?: { records: TableRecord[]; importer: Importer };
  problems?: ParseProblem[];
}

/** One source file: papers parsed up front, and/or chunks streamed from a large file. */
export interface SourceBatch {
  file: string;
  /** The caller's id for this source: table cells it no longer has are removed on re-import (see import-tables). */
  sourceId?: string | null;
  papers?: Paper[];
  problems?: ParseProblem[];
  chunks?: AsyncIterable<SourceChunk> | Iterable<SourceChunk>;
}

export interface IngestOptions {
  dryRun?: boolean;
  /** How a run on a PostgreSQL server shows it is alive (tests shorten it). */
  heartbeat?: Heartbeat;
  files: string[];
  flags?: FlagOptions;
  /** Called after every chunk with the running totals (for progress bars). */
  onProgress?: (counts: IngestCounts) => void;
  /**
   * The caller holds the database alone while it ingests (the ingest command on the embedded database,
   * whose data-directory lock keeps every other process out, and which reads nothing meanwhile). Slices
   * exist so that reads get the one connection between them; with no reader they only cost: each slice
   * is a transaction, and every row it writes is copied to the journal as JSON. Alone, a file is one
   * transaction on the embedded database too, as on a server: all-or-nothing by the database itself,
   * including after kill -9 (PostgreSQL's recovery drops the uncommitted transaction).
   */
  alone?: boolean;
}

// Problems are counted without limit but only this many are kept with their lines.
const KEPT_PROBLEMS = 1000;

/**
 * The batch's chunks, with every paper's provenance set to the name the caller gave the file: a server
 * reads an upload from a temporary path that must never be stored or shown.
 */
async function* chunksOf(source: SourceBatch): AsyncGenerator<SourceChunk> {
  const named = (papers: Paper[]) =>
    papers.map((p) => (p.source.file === source.file ? p : { ...p, source: { ...p.source, file: source.file } }));
  if (source.papers?.length || source.problems?.length)
    yield { papers: named(source.papers ?? []), problems: source.problems ?? [] };
  if (source.chunks) for await (const chunk of source.chunks) yield { ...chunk, papers: named(chunk.papers) };
}

/**
 * One ingest run over parsed sources: each source file is one transaction, so a failing file leaves
 * nothing half-written and the files before it stay stored. The run and its outcome are recorded.
 */
export async function ingestSources(
  db: Database,
  sources: AsyncIterable<SourceBatch> | Iterable<SourceBatch>,
  extractor: ClaimExtractor,
  options: IngestOptions,
): Promise<IngestSummary> {
  const dryRun = options.dryRun ?? false;
  const extractorName = `${extractor.name}@${extractor.version}`;
  const summary: IngestSummary = {
    ...emptyCounts(),
    runId: null,
    files: options.files,
    extractor: extractorName,
    dryRun,
    problems: [],
    problemCounts: {},
  };
  const note = (file: string, found: ParseProblem[]) => {
    for (const p of found) {
      summary.problemCounts[p.reason] = (summary.problemCounts[p.reason] ?? 0) + 1;
      if (summary.problems.length < KEPT_PROBLEMS) summary.problems.push({ file, ...p });
    }
  };
  let stopHeartbeat = () => {};
  if (!dryRun) {
    const [run] = await db
      .insert(ingestRuns)
      .values({ files: options.files, extractor: extractorName })
      .returning({ id: ingestRuns.id });
    summary.runId = run?.id ?? null;
    // The embedded database is one process's: its runs are settled when it next opens, without a heartbeat.
    if (run && !storesInSlices(db)) stopHeartbeat = keepRunAlive(db, run.id, options.heartbeat);
  }
  const finish = async (status: "succeeded" | "failed", error: string | null) => {
    stopHeartbeat();
    if (summary.runId === null) return;
    const record = db
      .update(ingestRuns)
      .set({ status, finishedAt: sql`now()`, error, problems: summary.problems, ...countsOf(summary) })
      .where(eq(ingestRuns.id, summary.runId));
    if (status === "succeeded") return void (await record);
    // Recording a failure must not hide the failure itself (the database may be what failed).
    await record.catch(() => {});
  };
  const sliced = !dryRun && !options.alone && storesInSlices(db);
  try {
    for await (const source of sources) {
      const fileCounts = emptyCounts();
      const fileProblems: ParseProblem[] = [];
      const progress = () => options.onProgress?.({ ...summary, ...sumCounts(summary, fileCounts) });
      if (sliced) {
        try {
          await ingestFileInSlices(db, source, extractor, options.flags, fileCounts, fileProblems, progress);
        } catch (err) {
          note(source.file, fileProblems);
          throw err;
        }
        addCounts(summary, fileCounts);
        note(source.file, fileProblems);
        continue;
      }
      try {
        await db.transaction(async (tx) => {
          // Ingests of one server take turns, file by file: two files that share papers would otherwise
          // insert the same keys in different orders and deadlock (or collide on a new paper's key).
          // Reads and reviews do not wait for it.
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext('claimboard:ingest'))`);
          const touched = emptyTouched();
          for await (const chunk of chunksOf(source)) {
            fileProblems.push(...(chunk.problems ?? []));
            const found: IngestProblem[] = [];
            if (chunk.papers.length)
              addCounts(fileCounts, await ingestPapers(tx, chunk.papers, extractor, found, touched));
            if (chunk.table)
              addCounts(
                fileCounts,
                await ingestTableRecords(
                  tx,
                  source.file,
                  chunk.table.records,
                  chunk.table.importer,
                  found,
                  touched,
                  source.sourceId ?? null,
                ),
              );
            fileProblems.push(...found);
            progress();
          }
          await recomputeFlagsInSlices(tx, touched, options.flags);
          // A dry run does all the work and then throws it away.
          if (dryRun) tx.rollback();
        });
      } catch (err) {
        if (!(dryRun && err instanceof TransactionRollbackError)) {
          note(source.file, fileProblems);
          throw err;
        }
      }
      addCounts(summary, fileCounts);
      note(source.file, fileProblems);
    }
  } catch (err) {
    await finish("failed", (err as Error).message);
    throw err;
  }
  await finish("succeeded", null);
  return summary;
}

// How long one slice may hold the embedded database's only connection, which every read waits for.
// Papers per slice adapt to it (their cost depends on the abstracts and on the machine's load). With no
// reader about (a CLI ingest, a server nobody is reading from), slices grow: each costs a transaction.
const SLICE_TARGET_MS = 20;
const IDLE_SLICE_TARGET_MS = 500;
const SLICE_MAX_PAPERS = 2000;
// A read this recent means someone is reading: back to short slices.
const READER_WINDOW_MS = 2000;

/**
 * One file on the embedded database, in slices (see ingest-journal.ts): each slice is a short transaction
 * that journals its row changes, the flag recompute is sliced too, and the file is committed by dropping
 * its journal. Any failure undoes the file's slices before it is reported, then reclaims their space.
 */
async function ingestFileInSlices(
  db: Database,
  source: SourceBatch,
  extractor: ClaimExtractor,
  flagOptions: FlagOptions | undefined,
  fileCounts: IngestCounts,
  fileProblems: ParseProblem[],
  progress: () => void,
): Promise<void> {
  /** One short journaled transaction, after the reads that queued during the last one; returns its ms. */
  const slice = async (work: (tx: DbOrTx) => Promise<void>): Promise<number> => {
    await yieldToReads(db);
    let t0 = 0;
    await db.transaction(async (tx) => {
      // Timed once the connection is ours: the reads served before it are not the slice's cost.
      t0 = performance.now();
      await journalOn(tx);
      await work(tx);
    });
    const ms = performance.now() - t0;
    return ms;
  };
  let perSlice = 10;
  await inTurn(db, async () => {
    const touched = emptyTouched();
    try {
      for await (const chunk of chunksOf(source)) {
        fileProblems.push(...(chunk.problems ?? []));
        for (let i = 0; i < chunk.papers.length; ) {
          const part = chunk.papers.slice(i, (i += perSlice));
          const ms = await slice(async (tx) => {
            const found: IngestProblem[] = [];
            addCounts(fileCounts, await ingestPapers(tx, part, extractor, found, touched));
            fileProblems.push(...found);
          });
          // Halfway to the size that would have met the target: one odd slice does not swing it.
          const reading = readsRecently(db, READER_WINDOW_MS);
          const fit = ((reading ? SLICE_TARGET_MS : IDLE_SLICE_TARGET_MS) * part.length) / Math.max(ms, 1);
          // A reader arriving mid-ingest gets short slices from the next one on, not after a slow halving.
          perSlice = Math.max(
            1,
            Math.min(SLICE_MAX_PAPERS, reading && fit < perSlice ? Math.round(fit) : Math.round((perSlice + fit) / 2)),
          );
          progress();
        }
        const table = chunk.table;
        // A table chunk stays whole: its cells are numbered, and gone ones found, over the whole chunk.
        if (table) {
          await slice(async (tx) => {
            const found: IngestProblem[] = [];
            addCounts(
              fileCounts,
              await ingestTableRecords(
                tx,
                source.file,
                table.records,
                table.importer,
                found,
                touched,
                source.sourceId ?? null,
              ),
            );
            fileProblems.push(...found);
          });
          progress();
        }
      }
      const benchmarkIds = [...touched.benchmarkIds];
      for (let i = 0; i < benchmarkIds.length; i += FLAG_BENCHMARKS) {
        await slice(
          async (tx) =>
            void (await recomputeFlags(
              tx,
              { benchmarkIds: benchmarkIds.slice(i, i + FLAG_BENCHMARKS), paperIds: [] },
              flagOptions,
            )),
        );
      }
      const paperIds = [...touched.paperIds];
      for (let i = 0; i < paperIds.length; i += FLAG_PAPERS) {
        const part = paperIds.slice(i, i + FLAG_PAPERS);
        await slice(
          async (tx) =>
            void (await recomputeFlags(tx, { benchmarkIds: [], paperIds: part }, flagOptions, {
              paperRulesOnly: true,
            })),
        );
      }
      await yieldToReads(db);
      await db.transaction((tx) => forgetJournal(tx));
    } catch (err) {
      // Undone now if the database still answers; otherwise at the next open (db/open recovery).
      try {
        if (await undoJournal(db, flagOptions)) await reclaimSpace(db);
      } catch {
        // The original failure is what the caller needs to see.
      }
      throw err;
    }
  });
}

function sumCounts(a: IngestCounts, b: IngestCounts): IngestCounts {
  const out = emptyCounts();
  addCounts(out, a);
  addCounts(out, b);
  return out;
}

function countsOf(s: IngestCounts) {
  return {
    papersNew: s.papersNew,
    papersUpdated: s.papersUpdated,
    papersUnchanged: s.papersUnchanged,
    claimsInserted: s.claimsInserted,
    claimsRemoved: s.claimsRemoved,
  };
}
