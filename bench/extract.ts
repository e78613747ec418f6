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
import { corpusSentences, syntheticPapers } from "./synthetic.js";

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

const sentences = corpusSentences();
function* synthetic(count: number): Generator<string> {
  for (const p of syntheticPapers(count, sentences)) yield p.abstract;
}

console.log(`corpus: ${abstracts.length} abstracts, ${sentences.length} sentences`);
run("warm-up", abstracts);
run("corpus", abstracts);
run("synthetic", synthetic(100_000), [10_000, 50_000, 100_000]);
