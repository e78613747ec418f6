import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDailyPapers } from "../extractors/sources/daily-papers.js";

/** Sentences of the bundled corpus, to recombine into synthetic abstracts that read like real ones. */
export function corpusSentences(dir = "data/daily-papers"): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => parseDailyPapers(readFileSync(join(dir, f), "utf8"), f).papers)
    .flatMap((p) => p.abstract.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .filter((s) => s.length > 20);
}

/** `count` synthetic papers, lazily, deterministic (xorshift): unique titles, 6 to 11 corpus sentences each. */
export function* syntheticPapers(count: number, sentences: string[]): Generator<{ title: string; abstract: string }> {
  let x = 0x2545f491;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % sentences.length;
  };
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let j = 0, k = 6 + (i % 6); j < k; j++) parts.push(sentences[next()]!);
    yield { title: `Synthetic paper ${i}: recombined abstract`, abstract: parts.join(" ") };
  }
}
