/**
 * Runs the rule extractor over the gold dev set and writes one predicted claim per line
 * (with the paper's title) for test/fixtures/claims-gold/score.mjs.
 *
 *   node --import tsx bench/score-dev.ts /tmp/pred.jsonl [gold.jsonl]
 *   node test/fixtures/claims-gold/score.mjs test/fixtures/claims-gold/dev.jsonl /tmp/pred.jsonl --verbose
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extractClaims } from "../extractors/claims/index.js";

const [outPath, goldPath = "test/fixtures/claims-gold/dev.jsonl"] = process.argv.slice(2);
if (!outPath) {
  console.error("usage: node --import tsx bench/score-dev.ts OUT.jsonl [GOLD.jsonl]");
  process.exit(2);
}

const lines: string[] = [];
let papers = 0;
for (const line of readFileSync(goldPath, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const paper = JSON.parse(line) as { title: string; abstract: string };
  papers++;
  for (const claim of extractClaims({ title: paper.title, abstract: paper.abstract })) {
    lines.push(JSON.stringify({ title: paper.title, ...claim }));
  }
}
writeFileSync(outPath, `${lines.join("\n")}\n`);
console.log(`${papers} papers, ${lines.length} claims -> ${outPath}`);
