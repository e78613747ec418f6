import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { SourceBatch, SourceChunk } from "./ingest.js";
import { detectFormat, parseSource, SourceFormatError, type ParsedSource, type SourceFormat } from "../extractors/sources/index.js";
import { parseJsonLine } from "../extractors/sources/json-lines.js";
import { readLines, type Line } from "./line-reader.js";
import { parseArxivSnapshotLine } from "../extractors/tables/arxiv.js";
import type { Paper, ParseProblem } from "../extractors/types.js";

// Whole-file formats are read into memory up to this size; JSON Lines stream with no limit.
const MAX_WHOLE_FILE = 512 * 1024 * 1024;
const MAX_LINE = 10 * 1024 * 1024;
const CHUNK = 500;

/** A source file that cannot be read as any supported format: the whole file is refused, nothing of it stored. */
export class SourceReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourceReadError";
  }
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SourceReadError(code === "ENOENT" ? `${path}: no such file` : `${path}: cannot read (${code ?? (err as Error).message})`);
  }
}

function notUtf8(path: string): Error {
  return new SourceReadError(`${path}: not UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)`);
}

/** Reads one source file strictly as UTF-8 and parses it whole; every failure is an Error naming the file. */
export async function readSource(path: string, format?: SourceFormat): Promise<ParsedSource & { file: string }> {
  const size = await sizeOf(path);
  if (size > MAX_WHOLE_FILE) throw new SourceReadError(`${path}: ${Math.round(size / 1e6)} MB is more than a whole-file format takes (512 MB); use JSON Lines`);
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(path);
  }
  try {
    return { file: path, ...parseSource(text, path, format) };
  } catch (err) {
    if (err instanceof SourceFormatError) throw new SourceReadError(err.message);
    throw err;
  }
}


type LineParser = (line: string, file: string, lineNo: number) => { paper: Paper } | { problem: ParseProblem } | null;

const paperLine: LineParser = (line, file, n) => {
  const r = parseJsonLine(line, file, n);
  return r === null ? null : r.ok ? { paper: r.paper } : { problem: r.problem };
};

/** How far into its file a source has read: for progress bars and their ETA. */
export interface ReadProgress {
  bytesRead: number;
}

async function* lineChunks(path: string, parseLine: LineParser, progress: ReadProgress): AsyncGenerator<SourceChunk> {
  let papers: Paper[] = [];
  let problems: ParseProblem[] = [];
  const lines = readLines(path, MAX_LINE, (n) => (progress.bytesRead += n));
  while (true) {
    let next: IteratorResult<Line>;
    try {
      next = await lines.next();
    } catch (err) {
      // Bytes that are not UTF-8 refuse the whole file, like the whole-file formats do.
      throw new SourceReadError((err as Error).message);
    }
    if (next.done) break;
    const line = next.value;
    if ("tooLong" in line) {
      problems.push({ line: line.n, reason: "line longer than 10 MB" });
      continue;
    }
    const r = parseLine(line.text, path, line.n);
    if (r === null) continue;
    if ("paper" in r) papers.push(r.paper);
    else problems.push(r.problem);
    if (papers.length >= CHUNK) {
      yield { papers, problems };
      papers = [];
      problems = [];
    }
  }
  if (papers.length || problems.length) yield { papers, problems };
}

/**
 * A source ready to ingest: JSON Lines stream in chunks, so a file of any size ingests in bounded
 * memory; the other formats are parsed whole.
 */
export async function openSource(path: string, format?: SourceFormat): Promise<SourceBatch & { size: number; progress: ReadProgress }> {
  const size = await sizeOf(path);
  const progress: ReadProgress = { bytesRead: 0 };
  let fmt = format;
  if (fmt === undefined) {
    const head = await readHead(path);
    fmt = detectFormat(path, head) ?? undefined;
  }
  // Line formats stream in chunks, so a file of any size ingests in bounded memory.
  if (fmt === "jsonl") return { file: path, size, progress, chunks: lineChunks(path, paperLine, progress) };
  if (fmt === "arxiv-snapshot") return { file: path, size, progress, chunks: lineChunks(path, parseArxivSnapshotLine, progress) };
  const parsed = await readSource(path, fmt);
  // Whole-file formats are read completely before any of it is stored.
  progress.bytesRead = size;
  if (parsed.table) return { file: path, size, progress, chunks: [{ papers: [], problems: parsed.problems, table: parsed.table }] };
  return { file: path, size, progress, papers: parsed.papers, problems: parsed.problems };
}

async function readHead(path: string): Promise<string> {
  const stream = createReadStream(path, { start: 0, end: 4095 });
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  // The head may end inside a multi-byte character: decode leniently, it is only for guessing.
  return Buffer.concat(parts).toString("utf8");
}
