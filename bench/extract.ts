/**
 * Throughput of the rule extractor.
 *
 *   node --import tsx bench/extract.ts
 *
 * 1. every abstract of the sample corpus (data/daily-papers: a line longer than 200 characters
 *    is taken as an abstract, good enough for throughput);
 * 2. 100,000 synthetic abstracts recombined lazily from the corpus sentences (a generator, so
 *    memory stays flat), reporting abstracts/s, claims/s and peak RSS at 10k, 50k and 100k.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims } from "../extractors/claims/index.js";

const DIR = "data/daily-papers";
const abstracts: string[] = [];
for (const f of readdirSync(DIR).filter((n) => n.endsWith(".txt")).sort()) {
  for (const line of readFileSync(join(DIR, f), "utf8").split("\n")) if (line.length > 200) abstracts.push(line.trim());
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// resourceUsage().maxRSS is in kilobytes.
const peakRss = () => mb(process.resourceUsage().maxRSS * 1024);

function run(label: string, items: Iterable<string>, checkpoints: readonly number[] = []) {
  let n = 0;
  let claims = 0;
  const t0 = performance.now();
  for (const abstract of items) {
    claims += extractClaims({ title: "Bench: synthetic", abstract }).length;
    n++;
    if (checkpoints.includes(n)) {
      const s = (performance.now() - t0) / 1000;
      console.log(
        `  ${label} @${n.toLocaleString("en")}: ${(n / s).toFixed(0)} abstracts/s, ${(claims / s).toFixed(0)} claims/s, ` +
          `rss ${mb(process.memoryUsage().rss)}, heap ${mb(process.memoryUsage().heapUsed)}, peak rss ${peakRss()}`,
      );
    }
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`${label}: ${n.toLocaleString("en")} abstracts, ${claims.toLocaleString("en")} claims in ${s.toFixed(2)} s -> ${(n / s).toFixed(0)} abstracts/s, ${(claims / s).toFixed(0)} claims/s, peak rss ${peakRss()}`);
}

// Sentences of the corpus, recombined by a small deterministic PRNG.
const sentences = abstracts.flatMap((a) => a.split(/(?<=[.!?])\s+(?=[A-Z])/)).filter((s) => s.length > 20);
function* synthetic(count: number): Generator<string> {
  let x = 0x2545f491;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % sentences.length;
  };
  for (let i = 0; i < count; i++) {
    const k = 6 + (i % 6);
    const parts: string[] = [];
    for (let j = 0; j < k; j++) parts.push(sentences[next()] ?? "");
    yield parts.join(" ");
  }
}

console.log(`corpus: ${abstracts.length} abstracts, ${sentences.length} sentences`);
run("warm-up", abstracts);
run("corpus", abstracts);
run("synthetic", synthetic(100_000), [10_000, 50_000, 100_000]);
