import { readFile, stat } from "node:fs/promises";
import { parseSource, type ParsedSource, type SourceFormat } from "../extractors/sources/index.js";

const MAX_BYTES = 512 * 1024 * 1024;

/** Reads one source file strictly as UTF-8 and parses it; every failure is an Error with the file named. */
export async function readSource(path: string, format?: SourceFormat): Promise<ParsedSource & { file: string }> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `${path}: no such file` : `${path}: cannot read (${code ?? (err as Error).message})`);
  }
  if (size > MAX_BYTES) throw new Error(`${path}: ${Math.round(size / 1e6)} MB is more than this reader takes (512 MB)`);
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path}: not UTF-8 text (convert it, e.g. iconv -f latin1 -t utf-8)`);
  }
  return { file: path, ...parseSource(text, path, format) };
}
