import type { Paper, ParseProblem } from "../types.js";
import { parseLooseDate } from "./dates.js";

/**
 * Hugging Face "Daily Papers" page dumps, in the two layouts described in data/daily-papers/README.md:
 * - "lines": a header, then alternating title and abstract lines, the first title glued to "Subscribe";
 * - "blocks": a header ending in the page date, then blank-line separated blocks of title, abstract and
 *   an optional three-line footer (`  • N authors` or an organisation, `·`, date with upvotes).
 */
export type DailyPapersLayout = "lines" | "blocks";

export interface DailyPapersResult {
  layout: DailyPapersLayout;
  papers: Paper[];
  problems: ParseProblem[];
}

const HEADER_LINES = new Set([
  "new",
  "get trending papers in your email inbox once a day!",
  "get trending papers in your email inbox!",
  "subscribe",
  "daily papers",
  "byak and the research community",
]);
const FOOTER_SEPARATOR = "·";
// Titles are one line of modest length; a longer "title" is an abstract that continued past a blank line.
const MAX_TITLE_CHARS = 400;

export function looksLikeDailyPapers(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return head.includes("get trending papers in your email inbox") || /^subscribe\S/m.test(head);
}

export function detectLayout(text: string): DailyPapersLayout {
  // The block layout puts "Daily Papers" on a line of its own and separates entries with blank lines.
  return /^\s*Daily Papers\s*$/m.test(text.slice(0, 2000)) ? "blocks" : "lines";
}

export function parseDailyPapers(text: string, file: string): DailyPapersResult {
  const layout = detectLayout(text);
  return layout === "blocks" ? parseBlocks(text, file) : parseLines(text, file);
}

function clean(line: string): string {
  return line.replace(/\s+/g, " ").trim();
}

function parseLines(text: string, file: string): DailyPapersResult {
  const lines = text.split(/\r?\n/);
  const papers: Paper[] = [];
  const problems: ParseProblem[] = [];
  let pendingTitle: { text: string; line: number } | null = null;
  let inHeader = true;
  for (let i = 0; i < lines.length; i++) {
    let line = clean(lines[i] ?? "");
    if (!line) continue;
    if (inHeader) {
      if (HEADER_LINES.has(line.toLowerCase())) continue;
      inHeader = false;
      // The page's subscribe button text runs into the first title.
      if (/^Subscribe\S/.test(line)) line = line.slice("Subscribe".length);
    }
    if (pendingTitle === null) {
      pendingTitle = { text: line, line: i + 1 };
      continue;
    }
    papers.push({
      title: pendingTitle.text,
      abstract: line,
      date: null,
      url: null,
      arxivId: null,
      source: { file, line: pendingTitle.line },
    });
    pendingTitle = null;
  }
  if (pendingTitle) problems.push({ line: pendingTitle.line, reason: "title without an abstract at end of file" });
  return { layout: "lines", papers, problems };
}

interface Block {
  lines: string[];
  line: number;
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") {
      current = null;
      return;
    }
    if (current === null) {
      current = { lines: [], line: i + 1 };
      blocks.push(current);
    }
    current.lines.push(raw);
  });
  return blocks;
}

function footerDate(block: Block): { date: string | null } | null {
  const sep = block.lines.findIndex((l) => l.trim() === FOOTER_SEPARATOR);
  if (sep < 0) return null;
  const dateLine = block.lines[sep + 1];
  return { date: dateLine ? parseLooseDate(dateLine.trim()) : null };
}

function parseBlocks(text: string, file: string): DailyPapersResult {
  const blocks = splitBlocks(text);
  const papers: Paper[] = [];
  const problems: ParseProblem[] = [];
  let i = 0;
  // Header: known lines, then the page date ("Dec 4") that closes it.
  while (i < blocks.length && HEADER_LINES.has(clean(blocks[i]!.lines.join(" ")).toLowerCase())) i++;
  if (i < blocks.length && /^[A-Z][a-z]{2} \d{1,2}(, \d{4})?$/.test(clean(blocks[i]!.lines.join(" ")))) i++;

  let title: Block | null = null;
  let last: Paper | null = null;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    const footer = footerDate(block);
    if (footer) {
      if (title) problems.push({ line: title.line, reason: "title without an abstract before footer" });
      else if (last) last.date = footer.date;
      title = null;
      last = null;
      continue;
    }
    const textOf = clean(block.lines.join(" "));
    if (title === null) {
      if (textOf.length > MAX_TITLE_CHARS && last) {
        last.abstract += `\n\n${textOf}`;
        continue;
      }
      title = block;
      continue;
    }
    last = {
      title: clean(title.lines.join(" ")),
      abstract: textOf,
      date: null,
      url: null,
      arxivId: null,
      source: { file, line: title.line },
    };
    papers.push(last);
    title = null;
  }
  if (title) problems.push({ line: title.line, reason: "title without an abstract at end of file" });
  return { layout: "blocks", papers, problems };
}
