import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** `n` distinct papers as JSON Lines, with claims in them, so a streamed ingest spans several chunks. */
export function papersJsonl(n: number, prefix: string): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      JSON.stringify({
        title: `${prefix} paper ${i}`,
        abstract: `${prefix}Net-${i} reaches ${(50 + (i % 40)).toFixed(1)}% accuracy on CIFAR-10.`,
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}

export const gzip = (text: string | Buffer): Buffer => gzipSync(text);

/** The first `fraction` of a gzip: what an interrupted download leaves. */
export const truncated = (gz: Buffer, fraction = 0.9): Buffer => gz.subarray(0, Math.floor(gz.length * fraction));

/** `mb` megabytes of zeros in a gzip of about a thousandth of that. */
export const gzipBomb = (mb: number): Buffer => gzipSync(Buffer.alloc(mb * 1024 * 1024));

/** A real Daily Papers dump from the bundled sample corpus (43 papers). */
export const dailyPapersDump = (): string =>
  readFileSync(new URL("../../data/daily-papers/003_451b9d858965ac99.txt", import.meta.url), "utf8");
