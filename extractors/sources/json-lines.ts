import { z } from "zod";
import type { Paper, ParseProblem } from "../types.js";
import { parseLooseDate } from "./dates.js";

/** One record of a JSON Lines (or JSON array) paper file: `{title, abstract, date?, url?, arxiv_id?}`. */
const PaperRecordSchema = z.object({
  title: z.string().trim().min(1, "title is empty").max(2000, "title is longer than 2000 characters"),
  abstract: z.string().max(200_000, "abstract is longer than 200,000 characters"),
  date: z.string().nullish(),
  url: z.string().max(2000).nullish(),
  arxiv_id: z.string().max(100).nullish(),
});

export type LineResult = { ok: true; paper: Paper } | { ok: false; problem: ParseProblem };

export function paperFromRecord(record: unknown, file: string, line: number | null): LineResult {
  const parsed = PaperRecordSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    return { ok: false, problem: { line, reason: `${where}${issue?.message ?? "invalid record"}` } };
  }
  const r = parsed.data;
  return {
    ok: true,
    paper: {
      title: r.title.replace(/\s+/g, " ").trim(),
      abstract: r.abstract.trim(),
      date: parseLooseDate(r.date ?? null),
      url: r.url ?? null,
      arxivId: r.arxiv_id ?? null,
      source: { file, line },
    },
  };
}

/** JSON.parse failed at the very end of the text: the record was cut off, not malformed. */
export function endsEarly(message: string, length: number): boolean {
  if (/end of (JSON|data)/i.test(message)) return true;
  const at = /at position (\d+)/.exec(message);
  return at !== null && Number(at[1]) >= length;
}

/** Parses one line of a JSON Lines file; blank lines give null. */
export function parseJsonLine(text: string, file: string, line: number): LineResult | null {
  if (!text.trim()) return null;
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (err) {
    // Reasons are counted per kind, so they stay free of the parser's varying detail.
    const truncated = endsEarly((err as Error).message, text.trimEnd().length);
    return { ok: false, problem: { line, reason: truncated ? "not valid JSON (truncated)" : "not valid JSON" } };
  }
  return paperFromRecord(record, file, line);
}

export function parseJsonLinesText(text: string, file: string): { papers: Paper[]; problems: ParseProblem[] } {
  const papers: Paper[] = [];
  const problems: ParseProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const r = parseJsonLine(raw, file, i + 1);
    if (r === null) return;
    if (r.ok) papers.push(r.paper);
    else problems.push(r.problem);
  });
  return { papers, problems };
}
