import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";

/** A source file that cannot be read as any supported format: the whole file is refused, nothing of it stored. */
export class SourceReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourceReadError";
  }
}

export type Compression = "gzip" | null;

/**
 * The compressions we recognise by their magic bytes. Only gzip is read: Node 20's zlib has no zstd, and
 * bzip2/xz would need a third-party decoder; those are named so the message can say what to do.
 */
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: "gzip", bytes: [0x1f, 0x8b] },
  { name: "zstd", bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: "bzip2", bytes: [0x42, 0x5a, 0x68] },
  { name: "xz", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
];

/** By content, never by name alone: a ".gz" that is plain text reads as text, a gzip named ".jsonl" is unpacked. */
export async function compressionOf(path: string): Promise<Compression> {
  const fh = await open(path, "r");
  let head: Buffer;
  try {
    const buf = Buffer.alloc(6);
    const { bytesRead } = await fh.read(buf, 0, 6, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const found = MAGIC.find((m) => head.length >= m.bytes.length && m.bytes.every((b, i) => head[i] === b));
  if (!found) return null;
  if (found.name === "gzip") return "gzip";
  throw new SourceReadError(
    `${path}: ${found.name}-compressed input is not supported; decompress it first or recompress it with gzip`,
  );
}

/** The name a compressed file has once unpacked ("papers.jsonl.gz" -> "papers.jsonl"), for format detection. */
export function unpackedName(path: string): string {
  return path.replace(/\.(gz|gzip)$/i, "");
}

export interface ReadBytesOptions {
  compression: Compression;
  /** Refuse the file once this many bytes have come out of the decompressor (a gzip bomb guard). */
  maxBytes: number;
  /** What sets maxBytes, named in the refusal ("--max-unpacked-mb"). */
  limitName?: string;
  /** The file's own (compressed) bytes as they are read: progress is measured against the file's size. */
  onFileBytes?: (n: number) => void;
}

function mb(bytes: number): string {
  return `${Math.floor(bytes / 1_048_576).toLocaleString("en-US")} MB`;
}

function gunzipError(path: string, err: NodeJS.ErrnoException): SourceReadError {
  if (err.code === "Z_BUF_ERROR" || /unexpected end of file/i.test(err.message)) {
    return new SourceReadError(
      `${path}: the gzip data ends early (truncated, e.g. an interrupted download); nothing of it is stored`,
    );
  }
  return new SourceReadError(`${path}: not valid gzip data (${err.message}); nothing of it is stored`);
}

/**
 * The file's content as chunks, unpacked when gzip, in bounded memory. Decompression errors and the size
 * bound surface as a SourceReadError from the iteration, so a streamed ingest fails inside its file's
 * transaction and stores nothing of the file.
 */
export async function* readBytes(path: string, options: ReadBytesOptions): AsyncGenerator<Buffer> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  if (options.onFileBytes) raw.on("data", (c) => options.onFileBytes!(c.length));
  if (options.compression === null) {
    for await (const chunk of raw as AsyncIterable<Buffer>) yield chunk;
    return;
  }
  const gunzip = createGunzip({ chunkSize: 1 << 16 });
  raw.on("error", (err) => gunzip.destroy(err));
  raw.pipe(gunzip);
  let out = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      out += chunk.length;
      if (out > options.maxBytes) {
        throw new SourceReadError(
          `${path}: unpacks to more than ${mb(options.maxBytes)}, the most this ingest unpacks${options.limitName ? ` (${options.limitName})` : ""}: a gzip bomb? Nothing of it is stored`,
        );
      }
      yield chunk;
    }
  } catch (err) {
    if (err instanceof SourceReadError) throw err;
    const e = err as NodeJS.ErrnoException;
    // An error of the file itself (unreadable) is not a gzip problem.
    if (e.syscall) throw new SourceReadError(`${path}: cannot read (${e.code ?? e.message})`);
    throw gunzipError(path, e);
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}

/** The first `n` bytes of the content (unpacked), for guessing the format; a damaged tail is left for the real read to report. */
export async function readHeadBytes(path: string, compression: Compression, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  const chunks =
    compression === null
      ? (createReadStream(path, { start: 0, end: n - 1 }) as AsyncIterable<Buffer>)
      : readBytes(path, { compression, maxBytes: Number.MAX_SAFE_INTEGER });
  try {
    for await (const chunk of chunks) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= n) break;
    }
  } catch (err) {
    if (!(err instanceof SourceReadError) || compression === null) throw err;
  }
  return Buffer.concat(parts).subarray(0, n);
}
