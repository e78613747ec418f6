/**
 * How a PGlite data folder grows when ingests are killed: `npm run bench:aborted-ingests`.
 *
 * Writes BENCH_ABSTRACTS (default 40,000) synthetic abstracts as JSON Lines, then BENCH_KILLS (5) times
 * starts `npm run ingest` on them in a fresh data folder and kills it with SIGKILL after BENCH_KILL_AFTER_MS
 * (20,000) ms; the next start opens the folder (and recovers) first. Prints the folder's size after every
 * kill and after one last open. BENCH_CLI_ROOT runs another checkout's CLI (to compare with older code).
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { corpusSentences, syntheticPapers } from "./synthetic.js";

const COUNT = Number(process.env.BENCH_ABSTRACTS ?? 40_000);
const KILLS = Number(process.env.BENCH_KILLS ?? 5);
const KILL_AFTER_MS = Number(process.env.BENCH_KILL_AFTER_MS ?? 20_000);
const ROOT = resolve(process.env.BENCH_CLI_ROOT ?? ".");

const work = mkdtempSync(join(tmpdir(), "cb-bench-aborted-"));
const file = join(work, "synthetic.jsonl");
const out = createWriteStream(file);
for (const p of syntheticPapers(COUNT, corpusSentences())) {
  const abstract = p.abstract
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .slice(0, 2)
    .join(" ");
  if (!out.write(`${JSON.stringify({ title: p.title, abstract })}\n`)) await once(out, "drain");
}
out.end();
await once(out, "finish");
const tiny = join(work, "tiny.jsonl");
writeFileSync(
  tiny,
  `${JSON.stringify({ title: "One more paper", abstract: "Net reaches 50.0% accuracy on MNIST." })}\n`,
);
const dataDir = join(work, "data");
const sizeMB = () =>
  (Number(execFileSync("du", ["-sk", dataDir], { encoding: "utf8" }).split("\t")[0]) / 1024).toFixed(1);
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };

for (let i = 1; i <= KILLS; i++) {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "cli/ingest.ts"), file], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
  child.kill("SIGKILL");
  await once(child, "exit");
  console.log(`after kill ${i}: ${sizeMB()} MB`);
}
const last = spawn(process.execPath, ["--import", "tsx", join(ROOT, "cli/ingest.ts"), tiny], {
  cwd: ROOT,
  env,
  stdio: "ignore",
});
await once(last, "exit");
console.log(`after the next open (and a one-paper ingest): ${sizeMB()} MB`);
rmSync(work, { recursive: true, force: true });
