/**
 * Throughput of the rule extractor.
 *
 *   node --import tsx bench/extract.ts
 *
 * 1. every abstract of the sample corpus (data/daily-papers: a line longer than 200 characters
 *    is taken as an abstract, good enough for throughput);
 * 2. 100,000 synthetic abstracts recombined lazily from the corpus sentences (a generator, so
 *    memory stays flat), reporting abstracts/s, claims/s and peak RSS at 10k, 50k and 100k;
 * 3. the gold scores with the claims-gold scorer: dev (shipped in test/fixtures) and dev-2 (third-party,
 *    read from ../shared/claims-gold; skipped with a message when absent), including the "leaderboard
 *    entries" line.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractClaims } from "../extractors/claims/index.js";
import { corpusSentences, syntheticPapers } from "./synthetic.js";

const DIR = "data/daily-papers";
const abstracts: string[] = [];
for (const f of readdirSync(DIR)
  .filter((n) => n.endsWith(".txt"))
  .sort()) {
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
  console.log(
    `${label}: ${n.toLocaleString("en")} abstracts, ${claims.toLocaleString("en")} claims in ${s.toFixed(2)} s -> ${(n / s).toFixed(0)} abstracts/s, ${(claims / s).toFixed(0)} claims/s, peak rss ${peakRss()}`,
  );
}

const sentences = corpusSentences();
function* synthetic(count: number): Generator<string> {
  for (const p of syntheticPapers(count, sentences)) yield p.abstract;
}

console.log(`corpus: ${abstracts.length} abstracts, ${sentences.length} sentences`);
run("warm-up", abstracts);
run("corpus", abstracts);
run("synthetic", synthetic(100_000), [10_000, 50_000, 100_000]);

const SCORER = "test/fixtures/claims-gold/score.mjs";
function score(label: string, gold: string) {
  if (!existsSync(gold)) {
    console.log(`\n${label}: skipped, ${gold} not found (third-party data lives in ../shared)`);
    return;
  }
  const lines: string[] = [];
  for (const line of readFileSync(gold, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const paper = JSON.parse(line) as { title: string; abstract: string };
    for (const c of extractClaims(paper)) lines.push(JSON.stringify({ title: paper.title, ...c }));
  }
  const dir = mkdtempSync(join(tmpdir(), "cb-bench-extract-"));
  try {
    const pred = join(dir, "pred.jsonl");
    writeFileSync(pred, `${lines.join("\n")}\n`);
    const out = execFileSync(process.execPath, [SCORER, gold, pred], { encoding: "utf8" });
    console.log(`\n${label} (${gold}):`);
    for (const l of out.trim().split("\n"))
      if (/^(?:numbers|claims|leaderboard|claim_f1)/.test(l)) console.log(`  ${l}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
score("dev", "test/fixtures/claims-gold/dev.jsonl");
score("dev-2", "../shared/claims-gold/dev2.jsonl");
