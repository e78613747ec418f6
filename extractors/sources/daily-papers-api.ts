import { z } from "zod";
import { arxivIdOf } from "../tables/arxiv.js";
import type { Paper, ParseProblem } from "../types.js";
import { parseLooseDate } from "./dates.js";

/**
 * Hugging Face's Daily Papers JSON API (`/api/daily_papers?date=YYYY-MM-DD`): an array of entries
 * `{ paper: { id, title, summary, publishedAt, … }, title, publishedAt, … }`, one per paper featured that
 * day, where `paper.id` is the arXiv id. The page dumps (daily-papers.ts) hold the same papers as text.
 */
const EntrySchema = z.object({
  title: z.string().nullish(),
  summary: z.string().nullish(),
  publishedAt: z.string().nullish(),
  paper: z
    .object({
      id: z.string().nullish(),
      title: z.string().nullish(),
      summary: z.string().nullish(),
      publishedAt: z.string().nullish(),
    })
    .passthrough()
    .nullish(),
});

const collapse = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/**
 * One day's answer as papers. `date` is the day asked for, when the entry does not say when the paper
 * was published; entries that are not papers are problems, located by their index.
 */
export function parseDailyPapersApi(
  data: unknown,
  file: string,
  date: string | null = null,
): { papers: Paper[]; problems: ParseProblem[] } {
  if (!Array.isArray(data))
    return { papers: [], problems: [{ line: null, reason: "Daily Papers API answer is not a list" }] };
  const papers: Paper[] = [];
  const problems: ParseProblem[] = [];
  data.forEach((raw, i) => {
    const where = `/${i}`;
    const parsed = EntrySchema.safeParse(raw);
    if (!parsed.success) return void problems.push({ line: null, reason: "entry is not a Daily Papers entry", where });
    const e = parsed.data;
    const title = collapse(e.paper?.title ?? e.title);
    if (!title) return void problems.push({ line: null, reason: "entry without a title", where });
    const arxivId = e.paper?.id ? arxivIdOf(e.paper.id) : null;
    papers.push({
      title,
      abstract: collapse(e.paper?.summary ?? e.summary),
      date: parseLooseDate(e.paper?.publishedAt) ?? parseLooseDate(e.publishedAt) ?? date,
      url: arxivId ? `https://arxiv.org/abs/${arxivId}` : null,
      arxivId,
      source: { file, line: null },
    });
  });
  return { papers, problems };
}
