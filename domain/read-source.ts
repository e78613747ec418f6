import { stat } from "node:fs/promises";
import type { SourceBatch, SourceChunk } from "./ingest.js";
import {
  detectFormat,
  parseSource,
  SourceFormatError,
  type ParsedSource,
  type SourceFormat,
} from "../extractors/sources/index.js";
import { parseJsonLine } from "../extractors/sources/json-lines.js";
import { readLines, type Line } from "./line-reader.js";
import { parseArxivSnapshotLine } from "../extractors/tables/arxiv.js";
import type { Paper, ParseProblem } from "../extractors/types.js";
import {
  compressionOf,
  readBytes,
  readHeadBytes,
  SourceReadError,
  unpackedName,
  type Compression,
} from "./compressed-input.js";

export { SourceReadError } from "./compressed-input.js";

// Whole-file formats are read into memory up to this size; JSON Lines stream with no limit.
const MAX_WHOLE_FILE = 512 * 1024 * 1024;
const MAX_LINE = 10 * 1024 * 1024;
const CHUNK = 500;
/**
 * How much a compressed file may unpack to unless the caller says otherwise: far above any real corpus
 * (the 74,710-abstract arXiv sample is 115 MB unpacked), far below what a gzip bomb would make us chew.
 */
const DEFAULT_MAX_UNPACKED = 16 * 1024 * 1024 * 1024;

export interface ReadOptions {
  /** The most a compressed file may unpack to (a gzip bomb guard); plain files are not bounded by it. */
  maxUnpackedBytes?: number;
  /** What sets that bound, named when a file is refused for it. */
  maxUnpackedName?: string;
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SourceReadError(
      code === "ENOENT" ? `${path}: no such file` : `${path}: cannot read (${code ?? (err as Error).message})`,
    );
  }
}

function notUtf8(path: string): Error {
  return new SourceReadError(`${path}: not UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)`);
}

/** The whole content, unpacked when compressed, refused past the whole-file limit while it is read. */
async function readWhole(path: string, compression: Compression, size: number, options: ReadOptions): Promise<Buffer> {
  if (size > MAX_WHOLE_FILE)
    throw new SourceReadError(
      `${path}: ${Math.round(size / 1e6)} MB is more than a whole-file format takes (512 MB); use JSON Lines`,
    );
  const maxUnpacked = options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED;
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of readBytes(path, {
    compression,
    maxBytes: maxUnpacked,
    limitName: options.maxUnpackedName,
  })) {
    total += chunk.length;
    if (total > MAX_WHOLE_FILE)
      throw new SourceReadError(`${path}: unpacks to more than a whole-file format takes (512 MB); use JSON Lines`);
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}

/**
 * Reads one source file strictly as UTF-8 (unpacked first when it is gzip, whatever its name) and parses
 * it whole; every failure is an Error naming the file.
 */
export async function readSource(
  path: string,
  format?: SourceFormat,
  options: ReadOptions = {},
): Promise<ParsedSource & { file: string }> {
  const size = await sizeOf(path);
  const compression = await compressionOf(path);
  const bytes = await readWhole(path, compression, size, options);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(path);
  }
  try {
    // A compressed file's name says its format once the compression suffix is dropped.
    const fmt =
      format ?? (compression ? (detectFormat(unpackedName(path), text.slice(0, 4096)) ?? undefined) : undefined);
    return { file: path, ...parseSource(text, path, fmt) };
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

async function* lineChunks(
  path: string,
  compression: Compression,
  parseLine: LineParser,
  progress: ReadProgress,
  options: ReadOptions,
): AsyncGenerator<SourceChunk> {
  let papers: Paper[] = [];
  let problems: ParseProblem[] = [];
  // Progress counts the file's own bytes, compressed or not, against its size on disk.
  const bytes = readBytes(path, {
    compression,
    maxBytes: options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED,
    limitName: options.maxUnpackedName,
    onFileBytes: (n) => (progress.bytesRead += n),
  });
  const lines = readLines(path, MAX_LINE, undefined, bytes);
  while (true) {
    let next: IteratorResult<Line>;
    try {
      next = await lines.next();
    } catch (err) {
      // Bytes that are not UTF-8, or a damaged gzip, refuse the whole file, like the whole-file formats do.
      if (err instanceof SourceReadError) throw err;
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
 * memory; the other formats are parsed whole. Any of them may be gzip-compressed (told by its first
 * bytes), and is then unpacked as it is read.
 */
export async function openSource(
  path: string,
  format?: SourceFormat,
  options: ReadOptions = {},
): Promise<SourceBatch & { size: number; progress: ReadProgress }> {
  const size = await sizeOf(path);
  const compression = await compressionOf(path);
  const progress: ReadProgress = { bytesRead: 0 };
  let fmt = format;
  if (fmt === undefined) {
    const head = await readHead(path, compression);
    fmt = detectFormat(compression ? unpackedName(path) : path, head) ?? undefined;
  }
  // Line formats stream in chunks, so a file of any size ingests in bounded memory.
  if (fmt === "jsonl")
    return { file: path, size, progress, chunks: lineChunks(path, compression, paperLine, progress, options) };
  if (fmt === "arxiv-snapshot")
    return {
      file: path,
      size,
      progress,
      chunks: lineChunks(path, compression, parseArxivSnapshotLine, progress, options),
    };
  const parsed = await readSource(path, fmt, options);
  // Whole-file formats are read completely before any of it is stored.
  progress.bytesRead = size;
  if (parsed.table)
    return { file: path, size, progress, chunks: [{ papers: [], problems: parsed.problems, table: parsed.table }] };
  return { file: path, size, progress, papers: parsed.papers, problems: parsed.problems };
}

async function readHead(path: string, compression: Compression): Promise<string> {
  // The head may end inside a multi-byte character: decode leniently, it is only for guessing.
  return (await readHeadBytes(path, compression, 4096)).toString("utf8");
}
