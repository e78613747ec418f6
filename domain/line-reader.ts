import { createReadStream } from "node:fs";

export type Line = { n: number; text: string } | { n: number; tooLong: true };

/**
 * Lines of a file as strict UTF-8, in bounded memory: a line longer than `maxBytes` is skipped while
 * it is read (only its length is known), never held whole, so one 100 MB line cannot exhaust memory.
 * Invalid UTF-8 fails the file with the line number. `chunks` replaces reading `path` itself (an
 * unpacked gzip); `path` then only names the file in messages.
 */
export async function* readLines(
  path: string,
  maxBytes: number,
  onBytes?: (n: number) => void,
  chunks: AsyncIterable<Buffer> = createReadStream(path, { highWaterMark: 1 << 20 }),
): AsyncGenerator<Line> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let n = 0;
  const finish = (): Line => {
    n++;
    if (skipping) return { n, tooLong: true };
    const bytes = Buffer.concat(parts, size);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new Error(`${path}: line ${n} is not UTF-8 text (convert the file first, e.g. iconv -f latin1 -t utf-8)`);
    }
    return { n, text: text.endsWith("\r") ? text.slice(0, -1) : text };
  };
  for await (const chunk of chunks) {
    onBytes?.(chunk.length);
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      if (!skipping) {
        parts.push(chunk.subarray(start, nl));
        size += nl - start;
        if (size > maxBytes) skipping = true;
      }
      yield finish();
      parts = [];
      size = 0;
      skipping = false;
      start = nl + 1;
    }
    if (!skipping && start < chunk.length) {
      parts.push(chunk.subarray(start));
      size += chunk.length - start;
      if (size > maxBytes) {
        skipping = true;
        parts = [];
      }
    }
  }
  if (skipping || size > 0) yield finish();
}
