import { parseArxivAtom, parseArxivSnapshot } from "../tables/arxiv.js";
import { MODEL_INDEX_IMPORTER, parseModelIndex } from "../tables/model-index.js";
import { parsePwc, PWC_IMPORTER } from "../tables/pwc.js";
import { REJECT_REASONS, type RejectedCell, type TableParseResult, type TableRecord } from "../tables/types.js";
import type { Paper, ParseProblem } from "../types.js";
import { CLAIMS_JSONL_IMPORTER, parseClaimsJsonl } from "./claims-jsonl.js";
import { parseDailyPapers } from "./daily-papers.js";
import { detectFormat, type SourceFormat } from "./detect.js";
import { endsEarly, paperFromRecord, parseJsonLinesText } from "./json-lines.js";

export { detectFormat, SOURCE_FORMATS, type SourceFormat } from "./detect.js";

export interface ParsedSource {
  format: SourceFormat;
  papers: Paper[];
  problems: ParseProblem[];
  /** Structured rows, for table formats. */
  table?: { records: TableRecord[]; importer: { name: string; version: string } };
}

export class SourceFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourceFormatError";
  }
}

/** A rejected cell as an ingest problem: counted by its reason, located by its pointer. */
function describeRejection(r: RejectedCell): string {
  return `${REJECT_REASONS[r.reason]} (${r.reason})`;
}

function fromTable(
  format: SourceFormat,
  r: TableParseResult,
  importer: { name: string; version: string },
): ParsedSource {
  return {
    format,
    papers: [],
    problems: [
      ...r.problems,
      ...r.rejected.map((x) => ({ line: null, reason: describeRejection(x), where: x.pointer })),
    ],
    table: { records: r.records, importer },
  };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const cut = endsEarly((err as Error).message, text.trimEnd().length);
    throw new SourceFormatError(
      `${file} is not valid JSON${cut ? " (it ends too early: truncated?)" : ""}: ${(err as Error).message}`,
    );
  }
}

/** Any supported paper source, as text, to papers plus the problems met on the way. */
export function parseSource(text: string, file: string, format?: SourceFormat): ParsedSource {
  const fmt = format ?? detectFormat(file, text.slice(0, 4096));
  if (fmt === null) {
    throw new SourceFormatError(
      `cannot tell the format of ${file}: expected a Daily Papers dump, JSON Lines of {title, abstract}, or a JSON array of them`,
    );
  }
  switch (fmt) {
    case "daily-papers": {
      const r = parseDailyPapers(text, file);
      return { format: fmt, papers: r.papers, problems: r.problems };
    }
    case "jsonl":
      return { format: fmt, ...parseJsonLinesText(text, file) };
    case "pwc":
      return fromTable(fmt, parsePwc(parseJson(text, file), file), PWC_IMPORTER);
    case "model-index":
      return fromTable(fmt, parseModelIndex(text, file), MODEL_INDEX_IMPORTER);
    case "claims-jsonl": {
      const r = parseClaimsJsonl(text, file);
      return {
        format: fmt,
        papers: [],
        problems: r.problems,
        table: { records: r.records, importer: CLAIMS_JSONL_IMPORTER },
      };
    }
    case "arxiv-atom":
      return { format: fmt, ...parseArxivAtom(text, file) };
    case "arxiv-snapshot":
      return { format: fmt, ...parseArxivSnapshot(text, file) };
    case "json": {
      const data = parseJson(text, file);
      const records = Array.isArray(data) ? data : [data];
      const papers: Paper[] = [];
      const problems: ParseProblem[] = [];
      records.forEach((record, i) => {
        const r = paperFromRecord(record, file, i + 1);
        if (r.ok) papers.push(r.paper);
        else problems.push({ ...r.problem, reason: `record ${i + 1}: ${r.problem.reason}` });
      });
      return { format: fmt, papers, problems };
    }
  }
}
