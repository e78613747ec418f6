import type { Database } from "../../db/client.js";
import { arxivFeedTotal } from "../../extractors/sources/arxiv-feed.js";
import { parseArxivAtom } from "../../extractors/tables/arxiv.js";
import type { ClaimExtractor } from "../../extractors/types.js";
import type { FlagOptions } from "../flags/recompute.js";
import { ingestSources, type IngestSummary, type SourceBatch } from "../ingest.js";
import type { IngestCounts } from "../ingest-counts.js";
import { readImportState, writeImportState } from "./import-state.js";
import type { PoliteFetcher } from "./polite-fetch.js";

export const ARXIV_API_URL = "https://export.arxiv.org/api/query";

export interface ArxivImportOptions {
  query: string;
  baseUrl?: string;
  /** Entries asked for per request (arXiv allows up to 2,000; small pages keep each transaction short). */
  pageSize?: number;
  /** At most this many entries in this round; unset: until the query has no more. */
  max?: number;
  fetcher: PoliteFetcher;
  extractor: ClaimExtractor;
  flags?: FlagOptions;
  log?: (line: string) => void;
}

export interface ImportRound {
  summary: IngestSummary;
  /** Entries read from the source this round. */
  entries: number;
  /** Where the next round starts: a result offset for arXiv, a date for Daily Papers. */
  resumeAt: string;
}

/** A page the source answered but that is not a page of results: nothing of the round past it is stored. */
export class ImportSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportSourceError";
  }
}

export const arxivStateKey = (query: string) => `import:arxiv:${query}`;

/**
 * One round of an arXiv API import: pages of the query in submission order, oldest first, from where the
 * last round stopped. Oldest first keeps offsets stable (new papers are appended at the end), so the
 * offset kept in app_state is a resume point. Each page is one ingest transaction, and the offset moves
 * only after its page is committed: an interrupted round loses nothing, and the page it was on is read
 * again (ingest skips papers it already has).
 */
export async function importArxivRound(db: Database, o: ArxivImportOptions): Promise<ImportRound> {
  const key = arxivStateKey(o.query);
  const log = o.log ?? (() => {});
  const pageSize = o.pageSize ?? 100;
  let start = Number((await readImportState(db, key)) ?? 0);
  let entries = 0;
  let latest: IngestCounts | null = null;
  async function* pages(): AsyncGenerator<SourceBatch> {
    while (true) {
      const size = o.max === undefined ? pageSize : Math.min(pageSize, o.max - entries);
      if (size <= 0) return;
      const params = new URLSearchParams({
        search_query: o.query,
        start: String(start),
        max_results: String(size),
        sortBy: "submittedDate",
        sortOrder: "ascending",
      });
      const url = `${o.baseUrl ?? ARXIV_API_URL}?${params}`;
      const xml = await o.fetcher.getText(url);
      const file = `arxiv:${o.query}@${start}`;
      const parsed = parseArxivAtom(xml, file);
      // A page that is not a feed, or the API's error entry, stops the round where it is.
      const broken = parsed.problems.find((p) => !p.where || p.reason.startsWith("arXiv API error"));
      if (broken) throw new ImportSourceError(`${url}: ${broken.reason}`);
      const onPage = (xml.match(/<entry[\s>]/g) ?? []).length;
      if (onPage === 0) return;
      yield { file, papers: parsed.papers, problems: parsed.problems };
      // Resumed only once ingestSources has committed the page.
      start += onPage;
      entries += onPage;
      await writeImportState(db, key, String(start));
      log(
        `arxiv ${o.query}: ${start} read so far, +${onPage} this page${latest ? `; this round ${latest.papersNew} new, ${latest.papersUnchanged} unchanged, ${latest.claimsInserted} claims` : ""}`,
      );
      const total = arxivFeedTotal(xml);
      if (onPage < size || (total !== null && start >= total)) return;
    }
  }
  const summary = await ingestSources(db, pages(), o.extractor, {
    files: [`arxiv:${o.query}`],
    flags: o.flags,
    onProgress: (c) => (latest = c),
  });
  return { summary, entries, resumeAt: String(start) };
}
