import type { Database } from "../../db/client.js";
import { parseDailyPapersApi } from "../../extractors/sources/daily-papers-api.js";
import type { ClaimExtractor } from "../../extractors/types.js";
import type { FlagOptions } from "../flags/recompute.js";
import { ingestSources, type SourceBatch } from "../ingest.js";
import type { IngestCounts } from "../ingest-counts.js";
import { ImportSourceError, type ImportRound } from "./arxiv.js";
import { readImportState, writeImportState } from "./import-state.js";
import type { PoliteFetcher } from "./polite-fetch.js";

export const HF_DAILY_URL = "https://huggingface.co/api/daily_papers";
export const HF_DAILY_STATE_KEY = "import:hf-daily:done";

export interface HfDailyImportOptions {
  /** Exactly these days (--date); otherwise the days after the last complete one, up to today. */
  dates?: string[];
  /** With no state yet: start here (--since); without it, today. */
  since?: string;
  /** Today's date (UTC), from the caller's clock. */
  today: string;
  baseUrl?: string;
  fetcher: PoliteFetcher;
  extractor: ClaimExtractor;
  flags?: FlagOptions;
  log?: (line: string) => void;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function daysFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = nextDay(d)) out.push(d);
  return out;
}

/**
 * One round of the Daily Papers import: each day is one request and one ingest transaction. A day before
 * today, once committed, is complete and never asked for again; today is asked for every round, since
 * papers are added to it during the day, and ingest stores only those it has not seen.
 */
export async function importHfDailyRound(db: Database, o: HfDailyImportOptions): Promise<ImportRound> {
  const log = o.log ?? (() => {});
  const done = await readImportState(db, HF_DAILY_STATE_KEY);
  const from = done ? nextDay(done) : (o.since ?? o.today);
  const firstDay = o.since && o.since > from ? o.since : from;
  const days = o.dates ?? daysFrom(firstDay, o.today);
  let entries = 0;
  let latest: IngestCounts | null = null;
  let resumeAt = done ?? "";
  async function* batches(): AsyncGenerator<SourceBatch> {
    for (const day of days) {
      const url = `${o.baseUrl ?? HF_DAILY_URL}?${new URLSearchParams({ date: day })}`;
      const body = await o.fetcher.getText(url);
      let data: unknown;
      try {
        data = JSON.parse(body);
      } catch {
        throw new ImportSourceError(`${url}: the answer is not JSON`);
      }
      const file = `hf-daily:${day}`;
      const parsed = parseDailyPapersApi(data, file, day);
      if (parsed.problems.some((p) => !p.where)) throw new ImportSourceError(`${url}: ${parsed.problems[0]!.reason}`);
      yield { file, papers: parsed.papers, problems: parsed.problems };
      // Resumed only once the day is committed.
      entries += parsed.papers.length;
      // Days asked for by name (--date) are not a position in the calendar: they leave the state alone.
      if (!o.dates && day < o.today && day > resumeAt) {
        resumeAt = day;
        await writeImportState(db, HF_DAILY_STATE_KEY, day);
      }
      log(
        `hf-daily ${day}: ${parsed.papers.length} papers${latest ? `; this round ${latest.papersNew} new, ${latest.papersUnchanged} unchanged, ${latest.claimsInserted} claims` : ""}`,
      );
    }
  }
  const summary = await ingestSources(db, batches(), o.extractor, {
    files:
      days.length === 1
        ? [`hf-daily:${days[0]}`]
        : days.length
          ? [`hf-daily:${days[0]}..${days[days.length - 1]}`]
          : [],
    flags: o.flags,
    onProgress: (c) => (latest = c),
  });
  return { summary, entries, resumeAt };
}
