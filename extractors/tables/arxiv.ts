import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";
import { endsEarly } from "../sources/json-lines.js";
import type { Paper, ParseProblem } from "../types.js";

/**
 * arXiv sources that yield papers (title + abstract), not numbers:
 * - the arXiv API's Atom feed (`<feed><entry><id>http://arxiv.org/abs/2401.01234v2</id>…`);
 * - the Kaggle/OAI metadata snapshot, JSON Lines of `{id, title, abstract, versions: [{created}]}`.
 * `arxivId` is without its version and `url` is the versionless abs page, so versions of a paper are one paper.
 */
export interface ArxivParseResult {
  papers: Paper[];
  problems: ParseProblem[];
}

// Old-style ids carry their archive ("hep-th/9901001"); both may end in a version.
const ARXIV_ID =
  /^(?:https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/)?(\d{4}\.\d{4,5}|[a-z][a-z.-]*\/\d{7})(v\d+)?$/i;
const MONTHS: Record<string, string> = {
  jan: "01",
  feb: "02",
  mar: "03",
  apr: "04",
  may: "05",
  jun: "06",
  jul: "07",
  aug: "08",
  sep: "09",
  oct: "10",
  nov: "11",
  dec: "12",
};

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

export function arxivIdOf(idOrUrl: string): string | null {
  return ARXIV_ID.exec(idOrUrl.trim())?.[1] ?? null;
}

function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  // "Mon, 2 Apr 2007 19:18:42 GMT" in the snapshot's versions.
  const rfc = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/.exec(text.trim());
  const parts = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : rfc
      ? [rfc[3]!, MONTHS[rfc[2]!.toLowerCase()], rfc[1]!.padStart(2, "0")]
      : null;
  if (!parts || parts.some((p) => p === undefined)) return null;
  const date = `${parts[0]}-${parts[1]}-${parts[2]}`;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date ? date : null;
}

// ---------------------------------------------------------------- Atom

const atomParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === "entry" || name === "link" || name === "author",
  // DOCTYPE is refused before parsing; these limits are a second fence should one slip through.
  processEntities: {
    enabled: true,
    maxEntityCount: 10,
    maxEntitySize: 1000,
    maxTotalExpansions: 1000,
    maxExpandedLength: 100_000,
    maxExpansionDepth: 2,
  },
  // Also resolves numeric references (&#233;); the named HTML set is fixed and does not recurse.
  htmlEntities: true,
});

function text(node: unknown): string | null {
  if (typeof node === "string") return node;
  if (typeof node === "number") return String(node);
  if (typeof node === "object" && node !== null && "#text" in node)
    return text((node as Record<string, unknown>)["#text"]);
  return null;
}

export function parseArxivAtom(xml: string, file: string): ArxivParseResult {
  const problems: ParseProblem[] = [];
  // A DTD is how entity bombs (billion laughs) and external entities get in; an API feed never has one.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    return { papers: [], problems: [{ line: null, reason: "DOCTYPE or ENTITY declaration refused" }] };
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return {
      papers: [],
      problems: [{ line: valid.err.line ?? null, reason: `not well-formed XML: ${valid.err.code}` }],
    };
  }
  let doc: unknown;
  try {
    doc = atomParser.parse(xml);
  } catch (err) {
    return {
      papers: [],
      problems: [{ line: null, reason: `not parsable XML: ${(err as Error).message.slice(0, 120)}` }],
    };
  }
  const feed = (doc as Record<string, unknown> | null)?.feed;
  if (typeof feed !== "object" || feed === null)
    return { papers: [], problems: [{ line: null, reason: "no <feed> element" }] };
  const entries = (feed as Record<string, unknown>).entry;
  const papers: Paper[] = [];
  (Array.isArray(entries) ? entries : []).forEach((entry: unknown, i) => {
    const where = `/feed/entry/${i}`;
    if (typeof entry !== "object" || entry === null)
      return void problems.push({ line: null, reason: "entry is empty", where });
    const e = entry as Record<string, unknown>;
    const id = collapse(text(e.id) ?? "");
    const title = collapse(text(e.title) ?? "");
    // The API reports a bad query as a feed with one entry titled "Error".
    if (/\/api\/errors/.test(id))
      return void problems.push({
        line: null,
        reason: `arXiv API error: ${collapse(text(e.summary) ?? "").slice(0, 200)}`,
        where,
      });
    if (!title) return void problems.push({ line: null, reason: "entry without a title", where });
    const arxivId = arxivIdOf(id);
    if (!arxivId) problems.push({ line: null, reason: "entry id is not an arXiv id", where: `${where}/id` });
    papers.push({
      title,
      abstract: collapse(text(e.summary) ?? ""),
      date: isoDate(text(e.published)) ?? isoDate(text(e.updated)),
      url: arxivId ? `https://arxiv.org/abs/${arxivId}` : id || null,
      arxivId,
      source: { file, line: null },
    });
  });
  return { papers, problems };
}

// ---------------------------------------------------------------- metadata snapshot (JSON Lines)

const SnapshotRecordSchema = z.object({
  id: z.string().trim().min(1, "id is empty"),
  title: z.string().max(2000, "title is longer than 2000 characters"),
  abstract: z.string().max(200_000, "abstract is longer than 200,000 characters").nullish(),
  versions: z
    .array(z.object({ version: z.string().optional(), created: z.string().optional() }).passthrough())
    .nullish(),
  update_date: z.string().nullish(),
});

export function parseArxivSnapshotLine(
  line: string,
  file: string,
  lineNo: number,
): { paper: Paper } | { problem: ParseProblem } | null {
  if (!line.trim()) return null;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    const truncated = endsEarly((err as Error).message, line.trimEnd().length);
    return { problem: { line: lineNo, reason: truncated ? "not valid JSON (truncated)" : "not valid JSON" } };
  }
  const parsed = SnapshotRecordSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    return { problem: { line: lineNo, reason: `${at}${issue?.message ?? "invalid record"}` } };
  }
  const r = parsed.data;
  const title = collapse(r.title);
  if (!title) return { problem: { line: lineNo, reason: "title: title is empty" } };
  const arxivId = arxivIdOf(r.id) ?? r.id.trim();
  return {
    paper: {
      title,
      abstract: collapse(r.abstract ?? ""),
      // The first version is the submission date; update_date is when metadata last changed.
      date: isoDate(r.versions?.[0]?.created) ?? isoDate(r.update_date),
      url: `https://arxiv.org/abs/${arxivId}`,
      arxivId,
      source: { file, line: lineNo },
    },
  };
}

export function parseArxivSnapshot(textIn: string, file: string): ArxivParseResult {
  const papers: Paper[] = [];
  const problems: ParseProblem[] = [];
  let lineNo = 0;
  let start = 0;
  // Scanning by index keeps memory flat for a snapshot of millions of lines.
  while (start <= textIn.length) {
    const nl = textIn.indexOf("\n", start);
    const end = nl < 0 ? textIn.length : nl;
    lineNo++;
    const r = parseArxivSnapshotLine(
      textIn
        .slice(start, end)
        .replace(/\r$/, "")
        .replace(/^\uFEFF/, ""),
      file,
      lineNo,
    );
    if (r && "paper" in r) papers.push(r.paper);
    else if (r) problems.push(r.problem);
    if (nl < 0) break;
    start = nl + 1;
  }
  return { papers, problems };
}
